/** The same server as `url`, on its maintenance database (to create and drop databases). */
export function adminUrl(url: string): string {
  return databaseUrl(url, 'postgres');
}

/** The same server as `url`, on database `name`. */
export function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
