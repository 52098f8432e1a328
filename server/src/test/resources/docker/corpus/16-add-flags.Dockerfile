FROM amazonlinux:2023
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/go.tar.gz /tmp/
ADD --keep-git-dir=true https://github.com/example/repo.git#v1.0 /src
COPY --chown=1000:1000 --chmod=0755 ["bin/app", "/usr/local/bin/app"]
ADD --link=false --unpack=true archive.tar /opt
