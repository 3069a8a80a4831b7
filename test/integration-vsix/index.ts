// Entry point of the packaged-VSIX suite (npm run test:vsix): the same mocha runner as the
// integration suite, bundled into its own folder so it runs only the *.test.js files there.
export { run } from '../integration/index';
