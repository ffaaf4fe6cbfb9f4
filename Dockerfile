# scamgraph in a container: one static binary on a small base image.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
# go.mod replaces go-trafilatura by the patched copy in third_party/.
COPY third_party ./third_party
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/scamgraph ./cmd/scamgraph && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/scamgraph /usr/local/bin/scamgraph
COPY --from=build --chown=nonroot:nonroot /out/data /data
WORKDIR /data
ENV SCAMGRAPH_ADDR=0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/scamgraph"]
CMD ["serve"]
