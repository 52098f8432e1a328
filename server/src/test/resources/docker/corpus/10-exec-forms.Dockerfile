FROM golang:1.25 AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN ["go", "build", "-ldflags=-s -w", "-o", "/out/app", "."]
RUN [ "sh", "-c", "echo \"quoted\" \\ done" ]
RUN [not json at all]
ENTRYPOINT ["/out/app", "--flag"]
CMD ["serve"]
VOLUME ["/data"]
