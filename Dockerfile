# syntax=docker/dockerfile:1
# The course site, built the way the course teaches: a Node stage builds the static site and
# is thrown away; an unprivileged nginx stage serves the result.

FROM node:24-trixie-slim AS build
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build writes the CSP for its own inline scripts as an nginx include: configuration, not
# content, so it leaves the published folder.
RUN npm run build && mv build/_nginx /site/nginx-include

FROM nginxinc/nginx-unprivileged:1.30-alpine
# deploy/nginx/: the configuration the tests run against Debian's nginx (serve-with-nginx.spec).
COPY deploy/nginx/http.conf deploy/nginx/site.conf /etc/nginx/
COPY deploy/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site/nginx-include/security-headers.conf /etc/nginx/security-headers.conf
COPY --from=build /site/build /usr/share/nginx/html
EXPOSE 8080
USER nginx
CMD ["nginx", "-g", "daemon off;"]
