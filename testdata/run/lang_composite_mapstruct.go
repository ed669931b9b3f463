package main

// Maps of structs (copy out, modify, store back), maps of pointers (modify in
// place), maps of arrays, map values that are maps, struct fields that are maps.

type Acct struct {
	Owner string
	Bal   int
}

type Bank struct {
	accts map[string]*Acct
	log   []string
}

func (b *Bank) Deposit(k string, n int) {
	a, ok := b.accts[k]
	if !ok {
		a = &Acct{Owner: k}
		b.accts[k] = a
	}
	a.Bal += n
	b.log = append(b.log, k)
}

func main() {
	m := map[string]Acct{"a": {"ann", 10}}
	x := m["a"]
	x.Bal += 5
	println("copy modified:", m["a"].Bal, x.Bal)
	m["a"] = x
	println("stored back:", m["a"].Bal)
	mp := map[string]*Acct{"b": {"bob", 1}}
	mp["b"].Bal *= 100
	println("via pointer:", mp["b"].Bal)
	ma := map[int][2]int{}
	arr := ma[1]
	arr[0] = 9
	ma[1] = arr
	println("array value:", ma[1][0], ma[1][1], len(ma))
	b := &Bank{accts: map[string]*Acct{}}
	for i := 0; i < 10; i++ {
		b.Deposit([]string{"x", "y", "z"}[i%3], i)
	}
	println("bank:", b.accts["x"].Bal, b.accts["y"].Bal, b.accts["z"].Bal, len(b.log))
	zero := m["missing"]
	println("missing struct zero:", zero.Owner == "", zero.Bal)
	_, ok := mp["missing"]
	println("missing pointer ok:", ok, mp["missing"] == nil)
}
