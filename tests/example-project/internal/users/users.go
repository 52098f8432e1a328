// Package users reads the account the server runs as, through libc.
package users

/*
#include <unistd.h>
static int uid(void) { return (int)getuid(); }
*/
import "C"

import (
	"os/user"
	"strconv"
)

// Current returns the name of the account with the process's uid.
func Current() (string, error) {
	u, err := user.LookupId(strconv.Itoa(int(C.uid())))
	if err != nil {
		return "", err
	}
	return u.Username, nil
}
