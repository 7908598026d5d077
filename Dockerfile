# One image for all six services (labor, finance, tax, commerce, joint-office, gateway);
# docker-compose.yml picks the entry point with `command`.

# ---- build: compile TypeScript and native modules, then drop dev dependencies ----
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app

# Dependencies first, so source edits reuse this layer. `prepare` (the tsc build) would run
# here without sources, so lifecycle scripts are skipped and better-sqlite3 is built explicitly.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm rebuild better-sqlite3

COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime ----
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app

COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The gateway reads them relative to /app (override with SUPERGRAPH_PATH and
# GATEWAY_PERSISTED_QUERY_MANIFEST): the schema it serves, the operations partners may run.
COPY --from=build /app/gateway/supergraph.graphql ./gateway/supergraph.graphql
COPY --from=build /app/gateway/persisted-query-manifest.json ./gateway/persisted-query-manifest.json

# Only needed when a service falls back to SQLite (DATA_DIR defaults to ./data).
RUN mkdir -p /app/data && chown node:node /app/data

USER node
# gateway 4000, labor 4001, finance 4002, tax 4003, commerce 4004, joint-office 4005
EXPOSE 4000 4001 4002 4003 4004 4005
