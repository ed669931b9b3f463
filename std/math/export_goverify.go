//go:build goverify

// FOR VERIFICATION WITH REAL GO ONLY (sh std/verify.sh builds with
// -tags goverify): exposes internals to std/math/verify. gocc never compiles
// this file.

package math

func SqrtSoftForVerify(x float64) float64 { return sqrtSoft(x) }
