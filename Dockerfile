# DX Tracker API (and, once built, the console) in one image.
#   docker compose up --build        (see docker-compose.yml: MySQL 8.4 + this app)

# ---- build: install from the lockfile, compile, then drop the dev dependencies -------------
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary can be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV CI=true
# Manifests first so the dependency layer is cached until they change.
COPY package.json package-lock.json ./
COPY server/package.json server/package.json
COPY admin/package.json admin/package.json
RUN npm ci --no-audit --no-fund \
 && test -f node_modules/better-sqlite3/build/Release/better_sqlite3.node
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && mkdir -p admin/dist data

# ---- runtime: compiled output and production dependencies only ----------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/server/package.json ./server/package.json
COPY --from=build --chown=node:node /app/server/dist ./server/dist
COPY --from=build --chown=node:node /app/admin/dist ./admin/dist
# Only used when DATABASE_URL is unset (embedded SQLite at data/dx-tracker.sqlite).
COPY --from=build --chown=node:node /app/data ./data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1: main.ts drains and closes on SIGTERM.
CMD ["node", "server/dist/main.js"]
