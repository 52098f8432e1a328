FROM ubuntu:22.04
RUN apt-get update && \
    # compilers for cgo
    apt-get install -y --no-install-recommends \
        gcc \
        # the C library headers
        libc6-dev \

        ca-certificates && \
    rm -rf /var/lib/apt/lists/*
# a comment between instructions
    RUN echo indented instruction
