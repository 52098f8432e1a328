# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
# escape=\

FROM debian:12-slim
RUN apt-get update \

    && apt-get install -y tzdata \

    && true
LABEL org.opencontainers.image.source="https://example.com/repo" \
      maintainer="dev"
