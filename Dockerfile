# Glossa API + web client in one image (the API serves the built client).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/data ./data
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# A larger young generation: a big GraphQL answer (a reading with thousands of annotations) allocates
# hundreds of MB that live until it is sent; with the default 16 MB semi-spaces most of the time
# went to copying them between GC cycles (bench/annotations, bench:reading-view).
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/main.js"]
