function createRateLimiter(perSecond, clock) {
  const starts = [];
  return {
    reserve() {
      const now = clock.now();
      const at = starts.length < perSecond ? now : Math.max(now, starts.shift() + 1e3);
      starts.push(at);
      return at - now;
    }
  };
}
export {
  createRateLimiter
};
