from golang:1.20-alpine as Builder
workdir /go/src/app
copy --from=0 /etc/passwd /etc/passwd
Run go build -o app .
from Builder
cmd ./app
