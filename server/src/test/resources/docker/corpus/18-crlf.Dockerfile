FROM alpine:3.18
RUN apk add --no-cache \
    gcc musl-dev
COPY --from=golang:1.22-alpine /usr/local/go /usr/local/go
