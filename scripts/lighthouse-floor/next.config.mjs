// The floor page's own (empty) config: without one, Next finds the site's next.config.ts above.
const config = {};
export default config;
