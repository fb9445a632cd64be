/**
 * The reload script the preview server serves as `assets/live.js` (the written site has an
 * empty one, so the site works offline and from disk): it polls the site's version and
 * reloads the page when a rebuild changed it.
 */
export const liveScript = `// Reloads the page when guideline preview --watch has rebuilt the site.
(() => {
  let seen;
  const poll = async () => {
    try {
      const response = await fetch('/__version', { cache: 'no-store' });
      const version = await response.text();
      if (seen !== undefined && version !== seen) location.reload();
      seen = version;
    } catch (error) {
      // The server stopped (the editor ended --watch): keep the page as it is and try again later.
    }
    setTimeout(poll, 400);
  };
  poll();
})();
`;
