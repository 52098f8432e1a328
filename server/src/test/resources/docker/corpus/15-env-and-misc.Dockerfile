FROM fedora:43
MAINTAINER someone@example.com
ENV GOPATH /go
ENV PATH=$GOPATH/bin:$PATH CGO_ENABLED=1
EXPOSE 8080/tcp 9090
VOLUME /var/lib/app
USER 1000:1000
WORKDIR app
WORKDIR ../srv
RUN dnf install -y gcc golang && dnf clean all
