FROM golang:1.21-bullseye
ONBUILD COPY --from=builder /src /src
ONBUILD RUN --mount=type=cache,target=/go/pkg go build ./...
onbuild ADD . /app
ONBUILD \
   RUN echo continued
