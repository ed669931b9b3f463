package main

func main() {
	const N = 20
	var chs [N]chan int
	for i := range chs {
		chs[i] = make(chan int)
	}
	go func() { chs[17] <- 42 }()
	sum := 0
	for k := 0; k < 3; k++ {
		select {
		case v := <-chs[0]:
			sum += v
		case v := <-chs[1]:
			sum += v
		case v := <-chs[2]:
			sum += v
		case v := <-chs[3]:
			sum += v
		case v := <-chs[4]:
			sum += v
		case v := <-chs[5]:
			sum += v
		case v := <-chs[6]:
			sum += v
		case v := <-chs[7]:
			sum += v
		case v := <-chs[8]:
			sum += v
		case v := <-chs[9]:
			sum += v
		case v := <-chs[10]:
			sum += v
		case v := <-chs[11]:
			sum += v
		case v := <-chs[12]:
			sum += v
		case v := <-chs[13]:
			sum += v
		case v := <-chs[14]:
			sum += v
		case v := <-chs[15]:
			sum += v
		case v := <-chs[16]:
			sum += v
		case v := <-chs[17]:
			sum += v * 2
			go func() { chs[18] <- 1 }()
		case v := <-chs[18]:
			sum += v
			go func() { chs[19] <- 100 }()
		case v := <-chs[19]:
			sum += v
		}
	}
	println(sum)
}
