# syntax=docker/dockerfile:1
FROM golang:1.23 AS build
RUN <<EOF
set -eux
go build -o /out/app ./cmd/app
EOF
RUN <<-EOT bash
	echo tabs stripped
	EOT
RUN <<"EOF"
echo "$HOME stays literal"
EOF
COPY <<EOF /etc/app.conf
listen = :8080
EOF
RUN <<FILE1 cat > /file1 && <<FILE2 cat > /file2
first
FILE1
second
FILE2
RUN python3 - <<'PY'
print("hi")
PY
FROM alpine:3.21
COPY --from=build /out/app /app
