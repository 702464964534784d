# One image for every service; docker-compose.yml picks the entry point. Node 24, the current LTS line.
FROM node:24-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY dashboard/package.json dashboard/package.json
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY services services
COPY gateway gateway
COPY scripts scripts
COPY schema schema
COPY dashboard dashboard
# The services, then the web app the gateway serves at / (typed operations from schema/).
RUN npm run build && npm run build:dashboard && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/schema schema
COPY --from=build /app/dashboard/dist dashboard/dist
USER node
