// found through -I
#define ADD3(a, b, c) \
	ADDQ a, c \
	ADDQ b, c
#define ZERO(r) XORL r, r
#define FRAME $24-8
