/** /portal/*: the public portal, no login. */
export function PortalApp() {
  return <h1>Cổng thông tin công khai</h1>;
}
