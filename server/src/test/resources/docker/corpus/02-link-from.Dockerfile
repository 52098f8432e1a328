ARG GO_VERSION=1.23
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS xx
RUN apk add --no-cache git

FROM scratch AS binaries
COPY --link --from=xx / /
COPY --from=xx --link /usr/local/go/bin/go /go
COPY --link --chmod=755 entrypoint.sh /entrypoint.sh
