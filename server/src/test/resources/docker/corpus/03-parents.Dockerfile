# syntax=docker/dockerfile:1.7-labs
FROM golang:1.24-bookworm AS stage
WORKDIR /work
COPY --parents ./cmd/*/main.go ./internal/ /work/
RUN go build ./...

FROM debian:bookworm-slim
COPY --parents --from=stage /work/./bin/ /usr/local/
COPY --exclude=*.md --from=stage /work/docs /docs
