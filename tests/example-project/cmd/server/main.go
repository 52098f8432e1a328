package main

import (
	"log"
	"net/http"

	"example.com/shop/internal/users"
)

func main() {
	http.HandleFunc("/whoami", func(w http.ResponseWriter, r *http.Request) {
		name, err := users.Current()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_, _ = w.Write([]byte(name))
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
