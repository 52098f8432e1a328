package main

/*
static int answer(void) { return 42; }
*/
import "C"

import (
	"fmt"
	"net"
	"os/user"
)

func main() {
	addrs, err := net.LookupHost("localhost")
	u, uerr := user.Current()
	fmt.Println(int(C.answer()), addrs, err, u, uerr)
}
