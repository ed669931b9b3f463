//go:build goverify

// For verification with real Go only (sh std/verify.sh os): the text of a
// system error number.

package os

// ErrnoString returns the text our errno n prints.
func ErrnoString(n int) string { return errno(n).Error() }
