# syntax=docker/dockerfile:1
# Stage 1: install dependencies (with dev deps, to type-check and build the web app).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/provider-sim/package.json apps/provider-sim/
COPY packages/shared/package.json packages/shared/
COPY packages/comps/package.json packages/comps/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:web

# Stage 2: runtime with production dependencies only (tsx runs the TypeScript sources).
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/provider-sim/package.json apps/provider-sim/
COPY packages/shared/package.json packages/shared/
COPY packages/comps/package.json packages/comps/
COPY web/package.json web/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/apps ./apps
COPY --from=build /app/packages ./packages
COPY --from=build /app/web/dist ./web/dist
COPY --from=build /app/bin ./bin
USER node
EXPOSE 3000
CMD ["npm", "run", "start:api"]
