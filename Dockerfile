# cgoguard as a container image: the Linux archive, with the Java runtime it carries, run as a
# non-root user. `mvn -B package` makes the archive this copies; then
#
#   docker build -t cgoguard .
#   docker run --rm -v "$PWD":/src -w /src cgoguard lint
#
# lints the current directory (add --user "$(id -u):$(id -g)" for lint --fix to write files you own).
FROM debian:bookworm-slim
ARG VERSION=0.1.0
ARG ARCH=x64
ADD server/target/cgoguard-${VERSION}-linux-${ARCH}.tar.gz /opt/
ENV PATH=/opt/cgoguard-${VERSION}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["cgoguard"]
CMD ["lint"]
