# DX Tracker API and its console in one image.
#   docker compose up --build        (see docker-compose.yml: MySQL 8.4 + this app)

# ---- toolchain: native addons (better-sqlite3, argon2) compile when no prebuilt binary fits --
FROM node:20-bookworm-slim AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV CI=true
# Every workspace manifest: npm ci checks them all against the lockfile.
COPY package.json package-lock.json ./
COPY server/package.json server/package.json
COPY admin/package.json admin/package.json
# Applied after every install (package.json's postinstall runs patch-package; patches/README.md).
COPY patches patches

# ---- runtime dependencies: the server workspace's production dependencies only -------------
# (not the console's React stack, not the dev tools; npm nests version clashes in
# server/node_modules, so that folder is part of the result too). The workspace root's own
# dependency is patch-package, which its postinstall needs to patch what was installed.
FROM toolchain AS prod-deps
RUN npm ci --omit=dev --workspace server --include-workspace-root --no-audit --no-fund \
 && test -f node_modules/better-sqlite3/build/Release/better_sqlite3.node \
 && mkdir -p server/node_modules

# ---- build: everything from the lockfile, then compile the server and the console ----------
FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && mkdir -p admin/dist

# ---- runtime: compiled output and production dependencies ----------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# Manifests, node_modules and server/node_modules.
COPY --from=prod-deps --chown=node:node /app ./
COPY --from=build --chown=node:node /app/server/dist ./server/dist
COPY --from=build --chown=node:node /app/admin/dist ./admin/dist
# Only used when DATABASE_URL is unset (embedded SQLite at data/dx-tracker.sqlite).
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1: main.ts drains and closes on SIGTERM.
# A larger young generation (32 MB semi-spaces): big nested answers allocate a lot of short-lived
# objects, and the default 16 MB made scavenges a sixth of the CPU. The old generation is collected
# when it has doubled since the last full collection, not at V8's ~1.2x: each full collection's
# marking takes both cores for tens of ms (see README, Performance). Keep in step with `npm start`.
CMD ["node", "--max-semi-space-size=32", "--heap-growing-percent=100", "server/dist/main.js"]
