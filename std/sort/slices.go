// Ready-made Interfaces for []int, []float64 and []string, and sort.Slice.

package sort

// IntSlice sorts a []int in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice sorts a []float64 in increasing order, NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || x[i] != x[i] && x[j] == x[j]
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice sorts a []string in increasing order.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a in increasing order.
func Ints(a []int) { Sort(IntSlice(a)) }

// Float64s sorts a in increasing order, NaNs first.
func Float64s(a []float64) { Sort(Float64Slice(a)) }

// Strings sorts a in increasing order.
func Strings(a []string) { Sort(StringSlice(a)) }

// IntsAreSorted reports whether a is in increasing order.
func IntsAreSorted(a []int) bool { return IsSorted(IntSlice(a)) }

// Float64sAreSorted reports whether a is in increasing order (NaNs first).
func Float64sAreSorted(a []float64) bool { return IsSorted(Float64Slice(a)) }

// StringsAreSorted reports whether a is in increasing order.
func StringsAreSorted(a []string) bool { return IsSorted(StringSlice(a)) }

// funcs adapts a length, a less and a swap function to Interface.
type funcs struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (f *funcs) Len() int           { return f.n }
func (f *funcs) Less(i, j int) bool { return f.less(i, j) }
func (f *funcs) Swap(i, j int)      { f.swap(i, j) }

// Slice sorts the slice x by less, which compares the elements at indexes
// i and j. It panics if x is not a slice. It is not stable.
func Slice(x interface{}, less func(i, j int) bool) {
	n, swap := sliceSwapper(x)
	Sort(&funcs{n, less, swap})
}

// SliceStable is Slice keeping equal elements in their original order.
func SliceStable(x interface{}, less func(i, j int) bool) {
	n, swap := sliceSwapper(x)
	Stable(&funcs{n, less, swap})
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x interface{}, less func(i, j int) bool) bool {
	n, _ := sliceSwapper(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
