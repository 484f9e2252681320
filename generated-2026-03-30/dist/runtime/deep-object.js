function deepObjectQuery(names) {
  return (query, name, value) => {
    if (!value || typeof value !== "object" || !names.includes(name)) return false;
    for (const [key, item] of Object.entries(value)) if (item != null) query.append(`${name}[${key}]`, String(item));
    return true;
  };
}
export {
  deepObjectQuery
};
