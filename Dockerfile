# syntax=docker/dockerfile:1
# Stage 1: install everything, type-check, build the web app, then drop dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
  && npm run build \
  && npm run build:web \
  && npm prune --omit=dev \
  && rm -rf .git test bench .ci

# Stage 2: the runtime: sources (run by tsx), production dependencies and the built web app only.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
CMD ["npm", "run", "start:api"]
