// Binary search.

package sort

// Search returns the smallest i in [0, n) for which f(i) is true, or n if
// there is none. f must be false for a prefix of [0, n) and true after it.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !f(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// SearchInts returns where x is, or would be inserted, in the sorted a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns where x is, or would be inserted, in the sorted a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns where x is, or would be inserted, in the sorted a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
