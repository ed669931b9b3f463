// decimal: an exact (or, past its capacity, truncated-with-a-flag) decimal
// number, the slow but simple ground truth for float conversion both ways.
// Multiplying or dividing by powers of two is exact as long as the digits
// fit; every float64 and every midpoint between two float64s fits.

package strconv

const decCap = 800 // digits kept; 2^-1076 needs 770 significant digits

// decimal is 0.d[0]d[1]...d[nd-1] × 10^dp, digits as ASCII, no trailing
// zeros; zero has nd == 0. trunc says non-zero digits were dropped after
// d[nd-1] (so the value is a little more than the digits say).
type decimal struct {
	d     [decCap]byte
	nd    int
	dp    int
	trunc bool
}

// setUint makes a hold the integer v.
func (a *decimal) setUint(v uint64) {
	var buf [20]byte
	n := 0
	for v > 0 {
		buf[n] = byte('0' + v%10)
		v /= 10
		n++
	}
	a.nd = 0
	for n > 0 {
		n--
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trunc = false
	a.trim()
}

// trim drops trailing zero digits.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// maxShift is the largest k for which the shift loops below cannot
// overflow: they hold at most 10·2^k + 9 in a uint64.
const maxShift = 59

// shiftDown divides a by 2^k, 1 <= k <= maxShift (long division).
func (a *decimal) shiftDown(k uint) {
	r, w := 0, 0
	var n uint64
	// Read digits until the running value reaches 2^k.
	for n>>k == 0 {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0
				a.dp = 0
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r]-'0')
		r++
	}
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	for ; r < a.nd; r++ {
		a.d[w] = byte(n>>k) + '0'
		w++
		n = (n&mask)*10 + uint64(a.d[r]-'0')
	}
	for n > 0 { // the remainder keeps producing digits
		dig := byte(n >> k)
		n = (n & mask) * 10
		if w < decCap {
			a.d[w] = dig + '0'
			w++
		} else if dig != 0 {
			a.trunc = true
		}
	}
	a.nd = w
	a.trim()
}

// shiftUp multiplies a by 2^k, 1 <= k <= maxShift.
func (a *decimal) shiftUp(k uint) {
	var buf [decCap + 20]byte
	w := len(buf)
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		n := uint64(a.d[r]-'0')<<k + carry
		carry = n / 10
		w--
		buf[w] = byte(n%10) + '0'
	}
	for carry > 0 {
		w--
		buf[w] = byte(carry%10) + '0'
		carry /= 10
	}
	got := len(buf) - w
	a.dp += got - a.nd
	if got > decCap {
		for _, c := range buf[w+decCap:] {
			if c != '0' {
				a.trunc = true
			}
		}
		got = decCap
	}
	copy(a.d[:], buf[w:w+got])
	a.nd = got
	a.trim()
}

// shift multiplies a by 2^k (k may be negative).
func (a *decimal) shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > maxShift {
		a.shiftUp(maxShift)
		k -= maxShift
	}
	if k > 0 {
		a.shiftUp(uint(k))
	}
	for k < -maxShift {
		a.shiftDown(maxShift)
		k += maxShift
	}
	if k < 0 {
		a.shiftDown(uint(-k))
	}
}

// roundsUp reports whether rounding a to n digits goes up: the dropped part
// is more than half, or exactly half and the kept last digit is odd.
func (a *decimal) roundsUp(n int) bool {
	if n < 0 || n >= a.nd {
		return false
	}
	if a.d[n] == '5' && n+1 == a.nd && !a.trunc {
		return n > 0 && (a.d[n-1]-'0')%2 == 1
	}
	return a.d[n] >= '5'
}

// round rounds a to n significant digits, ties to even.
func (a *decimal) round(n int) {
	if n < 0 || n >= a.nd {
		return
	}
	if a.roundsUp(n) {
		a.roundUp(n)
	} else {
		a.roundDown(n)
	}
}

// roundDown truncates a to n digits.
func (a *decimal) roundDown(n int) {
	if n < 0 || n >= a.nd {
		return
	}
	a.nd = n
	a.trim()
}

// roundUp keeps n digits and adds one unit in the last of them.
func (a *decimal) roundUp(n int) {
	if n < 0 || n >= a.nd {
		return
	}
	for i := n - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// all nines: 0.99..9 × 10^dp becomes 0.1 × 10^(dp+1)
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// cmp compares a and b (both non-negative, trimmed): -1, 0 or +1.
func (a *decimal) cmp(b *decimal) int {
	switch {
	case a.nd == 0 && b.nd == 0:
		return 0
	case a.nd == 0:
		return -1
	case b.nd == 0:
		return 1
	case a.dp != b.dp:
		if a.dp < b.dp {
			return -1
		}
		return 1
	}
	n := a.nd
	if b.nd > n {
		n = b.nd
	}
	for i := 0; i < n; i++ {
		x, y := byte('0'), byte('0')
		if i < a.nd {
			x = a.d[i]
		}
		if i < b.nd {
			y = b.d[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}
