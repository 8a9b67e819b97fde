import baseConfig from "../../eslint.config.mjs";
import { glossaLintPlugin } from "./lint/module-boundaries.rule.mjs";

export default [
    ...baseConfig,
    {
        // Inside the API, modules import one way and query only their own tables (docs/architecture.md).
        files: ["src/**/*.ts"],
        ignores: ["src/**/*.spec.ts"],
        plugins: { glossa: glossaLintPlugin },
        rules: { "glossa/module-boundaries": ["error", { srcRoot: new URL("./src", import.meta.url).pathname }] },
    },
];
