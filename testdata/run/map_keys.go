package main

import "math"

type MyInt int16
type Name string

func main() {
	m8 := map[int8]int{}
	m16 := map[int16]int{}
	m32 := map[int32]int{}
	m64 := map[int64]int{}
	mu8 := map[uint8]int{}
	mu16 := map[uint16]int{}
	mu32 := map[uint32]int{}
	mu64 := map[uint64]int{}
	mup := map[uintptr]int{}
	for i := -300; i < 300; i++ {
		m8[int8(i)]++
		m16[int16(i*200)]++
		m32[int32(i*100000)]++
		m64[int64(i)<<40]++
		mu8[uint8(i)]++
		mu16[uint16(i)]++
		mu32[uint32(i)]++
		mu64[uint64(i)]++
		mup[uintptr(i)]++
	}
	println(len(m8), len(m16), len(m32), len(m64), len(mu8), len(mu16), len(mu32), len(mu64), len(mup))
	println(m8[-128], m8[0], m8[127], m16[-200], m32[int32(-300*100000)], m64[int64(5)<<40], mu8[255], mu16[65535], mu32[4294967295], mu64[18446744073709551615])

	mi := map[MyInt]Name{}
	mi[1] = "one"
	mi[-1] = "minus one"
	println(mi[1], mi[-1], len(mi))
	mn := map[Name]MyInt{"a": 1}
	mn["a"] += 2
	println(mn["a"])

	mf := map[float64]int{}
	mf[1.5] = 1
	mf[2.5] = 2
	mf[0.0] = 3
	negz := math.Copysign(0, -1)
	mf[negz] += 10
	println(len(mf), mf[0], mf[negz], mf[1.5])
	nan := math.NaN()
	mf[nan] = 100
	mf[nan] = 200
	println(len(mf), mf[nan])
	_, ok := mf[nan]
	println(ok)
	nans, sum := 0, 0
	for k, v := range mf {
		if k != k {
			nans++
			sum += v
		}
	}
	println(nans, sum)
	delete(mf, nan)
	println(len(mf))
	for k := range mf {
		delete(mf, k)
	}
	println(len(mf))

	mz := map[float64]string{}
	mz[negz] = "neg"
	mz[0] = "pos"
	for k, v := range mz {
		println(len(mz), v, math.Signbit(k))
	}

	m32f := map[float32]int{1.25: 1, -3: 2}
	m32f[float32(nan)] = 3
	println(len(m32f), m32f[1.25], m32f[-3])

	mb := map[bool]string{}
	mb[true] = "t"
	mb[false] = "f"
	mb[1 < 2] += "!"
	println(mb[true], mb[false], len(mb))

	mr := map[rune]int{}
	for _, r := range "héllo wörld" {
		mr[r]++
	}
	println(len(mr), mr['l'], mr['ö'], mr['o'])

	ms := map[string]int{}
	ms[""] = 1
	long := "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"
	ms[long] = 2
	ms[long[:10]] = 3
	b := []byte(long)
	ms[string(b)] += 10
	println(len(ms), ms[""], ms[long], ms["abcdefghij"])
}
