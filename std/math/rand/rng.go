// rng.go - the additive lagged Fibonacci source of Go 1.19's math/rand
// (x[n] = x[n-607] + x[n-273] mod 2^64), seeded the way Go seeds it so that
// every sequence matches Go's bit for bit.
package rand

const (
	rngLen   = 607
	rngTap   = 273
	rngMask  = 1<<63 - 1
	int32max = 1<<31 - 1
)

type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// lehmer steps the Park-Miller generator used only to fill the state.
func lehmer(x int32) int32 {
	hi, lo := x/44488, x%44488
	x = 48271*lo - 3399*hi
	if x < 0 {
		x += int32max
	}
	return x
}

func (s *rngSource) Seed(seed int64) {
	s.tap = 0
	s.feed = rngLen - rngTap
	seed %= int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = lehmer(x)
		if i < 0 {
			continue
		}
		u := int64(x) << 40
		x = lehmer(x)
		u ^= int64(x) << 20
		x = lehmer(x)
		u ^= int64(x)
		s.vec[i] = u ^ cooked[i]
	}
}

func (s *rngSource) Uint64() uint64 {
	s.tap--
	if s.tap < 0 {
		s.tap += rngLen
	}
	s.feed--
	if s.feed < 0 {
		s.feed += rngLen
	}
	x := s.vec[s.feed] + s.vec[s.tap]
	s.vec[s.feed] = x
	return uint64(x)
}

func (s *rngSource) Int63() int64 { return int64(s.Uint64() & rngMask) }
