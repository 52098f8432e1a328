FROM golang:1.26-trixie AS deps
RUN --network=none --security=insecure --mount=type=bind,source=go.mod,target=go.mod \
    --mount=type=bind,source=go.sum,target=go.sum go mod download -x
RUN --mount=type=tmpfs,target=/tmp,size=64m --device=name=gpu true
FROM deps AS test
RUN --mount=target=. go test ./...
