// The tool's name and version, read from package.json at build time (esbuild inlines the JSON; tsx
// and tsc read it directly), so `--version` and SARIF's tool.driver agree with the manifest.
import manifest from '../../package.json';

const fields = manifest as { name: string; version: string; homepage?: string };

export const TOOL_NAME: string = fields.name;
export const TOOL_VERSION: string = fields.version;
/** The project's page, when package.json gives one (SARIF's informationUri is omitted otherwise). */
export const TOOL_HOMEPAGE: string | undefined = fields.homepage;
