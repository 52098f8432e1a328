FROM alpine:3.19
RUN apk add --no-cache curl ca-certificates
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD curl -f http://localhost:8080/healthz || exit 1
HEALTHCHECK NONE
HEALTHCHECK --start-interval=1s CMD ["/app", "health"]
STOPSIGNAL SIGTERM
CMD ["/app"]
