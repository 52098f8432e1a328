FROM debian:bookworm AS src
RUN mkdir -p /usr/src/x

FROM golang:1.22 AS build
RUN --mount=from=src,src=/usr/src/x,rw \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -o /out/app . && \
    cp /out/app /usr/local/bin/
RUN --mount=type=secret,id=netrc,target=/root/.netrc,required go mod download
RUN --mount=type=ssh,required=true git clone git@example.com:org/repo.git
