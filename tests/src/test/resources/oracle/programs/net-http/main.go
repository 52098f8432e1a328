package main

import (
	"fmt"
	"net/http"
)

func main() {
	resp, err := http.Get("http://localhost:1/")
	fmt.Println(resp, err)
}
