package patterns

// Other public clouds: Alibaba Cloud and Tencent Cloud secrets, Yandex
// Cloud, Scaleway, IBM Cloud, Linode (Akamai), Vultr, Hetzner and the
// Cisco Meraki dashboard. A secret of Alibaba, Tencent or Scaleway is
// found next to its key ID or after its key name; IBM, Linode, Vultr,
// Hetzner and Meraki keys and Yandex static key secrets rely on the key
// name in front of them; Yandex API keys, IAM and OAuth tokens and
// Scaleway access keys have a distinctive form.

var _ = register(Detector{
	ID:          "alibaba-access-key-secret",
	Description: "Alibaba Cloud AccessKey secret (30 bytes) next to its LTAI key ID or after a key name such as AccessKeySecret or one holding alibaba or aliyun",
	Category:    Secret,
	// ACCESS_KEY_SECRET is left out: its "AC" is in every mask's
	// "[REDACTED", and the key rules mask its value anyway.
	Keywords: []string{"LTAI", "ALIBABA", "aliyun", "ALIYUN", "access_key_secret", "accessKeySecret", "AccessKeySecret", "access-key-secret", "accesskeysecret"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "LTAI" {
			return alibabaSecretNearID(s, at, kw)
		}
		return keyed(nil, run(setAlnum, 30, 30))(s, at, kw)
	},
	Validate: randomLooking,
	Positive: []Example{
		{Text: "LTAI5t" + fake(charsAlnum, 17, "alibaba-pair") + "9 " + fakeMixed(charsAlnum, 30, "alibaba-secret"), Secret: fakeMixed(charsAlnum, 30, "alibaba-secret"), Why: "key ID and secret side by side"},
		{Text: `{"AccessKeyId":"LTAI5t` + fake(charsAlnum, 17, "alibaba-pair-2") + `9","AccessKeySecret":"` + fakeMixed(charsAlnum, 30, "alibaba-secret-2") + `"}`, Secret: fakeMixed(charsAlnum, 30, "alibaba-secret-2"), Why: "JSON pair"},
		{Text: "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + fakeMixed(charsAlnum, 30, "alibaba-secret-3"), Secret: fakeMixed(charsAlnum, 30, "alibaba-secret-3"), Why: "environment variable"},
	},
	Negative: []Example{
		{Text: "AccessKeySecretId=" + fakeMixed(charsAlnum, 31, "alibaba-long"), Why: "one byte long, under a name that is not sensitive"},
		{Text: "AccessKeySecretName=<your-secret>", Why: "a placeholder"},
		{Text: "AccessKeySecretId=" + fakeMixed(charsAlnum, 29, "alibaba-short"), Why: "one byte short, under a name that is not sensitive"},
		{Text: "access_key_secret rotated", Why: "the key name alone"},
	},
})

var alibabaSecretNearID = pairSecret(pairSpec{
	identifier: "alibaba-access-key-id",
	id: func(s string, at int, kw string) (int, int, bool) {
		start, end, ok := prefixToken(setAlnum, 12, 20)(s, at, kw)
		return start, end, ok && randomLooking(s[start+4:end])
	},
	set:      setAlnum,
	min:      30,
	max:      30,
	valid:    mixedClasses,
	backward: true,
})

var _ = register(Detector{
	ID:          "tencent-secret-key",
	Description: "Tencent Cloud SecretKey (32 bytes) next to its AKID SecretId or after a key name such as tencentcloud_secret_key",
	Category:    Secret,
	// TENCENTCLOUD_SECRET_KEY is not listed: its "TE" is in every mask's
	// "[REDACTED", and the key rules mask its value anyway.
	Keywords: []string{"AKID", "TencentcloudSecret", "tencentcloud_secret"},
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "AKID" {
			return tencentSecretNearID(s, at, kw)
		}
		return keyed(nil, run(setAlnum, 32, 32))(s, at, kw)
	},
	Validate: randomLooking,
	Positive: []Example{
		{Text: "AKID" + fake(charsAlnum, 31, "tencent-pair") + "1:" + fakeMixed(charsAlnum, 32, "tencent-secret"), Secret: fakeMixed(charsAlnum, 32, "tencent-secret"), Why: "id:secret"},
		{Text: "tencentcloud_secret_key=" + fakeMixed(charsAlnum, 32, "tencent-secret-2"), Secret: fakeMixed(charsAlnum, 32, "tencent-secret-2"), Why: "configuration key"},
	},
	Negative: []Example{
		{Text: "TENCENTCLOUD_SECRET_ID=" + fakeMixed(charsAlnum, 31, "tencent-short"), Why: "one byte short, under a name that is not sensitive"},
		{Text: "TENCENTCLOUD_SECRET_ID=<your-secret-key>", Why: "a placeholder"},
		{Text: "TENCENTCLOUD_SECRET_ID=" + fakeMixed(charsAlnum, 33, "tencent-long"), Why: "one byte long, under a name that is not sensitive"},
	},
})

var tencentSecretNearID = pairSecret(pairSpec{
	identifier: "tencent-secret-id",
	id:         prefixToken(setAlnum, 32, 32),
	set:        setAlnum,
	min:        32,
	max:        32,
	valid:      mixedClasses,
})

var (
	_ = register(token(tokenSpec{
		id:       "yandex-api-key",
		desc:     "Yandex Cloud API key",
		prefixes: []string{"AQVN"},
		body:     setBase64URL,
		chars:    charsBase64URL,
		min:      35,
		max:      38,
	}))
	_ = register(token(tokenSpec{
		id:       "yandex-oauth-token",
		desc:     "Yandex OAuth token",
		prefixes: []string{"y0_", "y1_", "y2_", "y3_"},
		body:     setBase64URL,
		chars:    charsBase64URL,
		min:      40,
		max:      80,
		valid:    mixedClasses,
	}))
	_ = register(token(tokenSpec{
		id:       "scaleway-access-key",
		desc:     "Scaleway API access key",
		prefixes: []string{"SCW"},
		body:     setUpperNum,
		chars:    charsUpperNum,
		min:      17,
		max:      17,
	}))
)

// yandexIAMToken matches "t1." and two base64url parts, the second of 86
// bytes, each maybe padded.
func yandexIAMToken(s string, at int, kw string) (int, int, bool) {
	if !boundaryBefore(s, at) {
		return 0, 0, false
	}
	p := span(s, at+len(kw), setBase64URL, 1024)
	if p-at-len(kw) < 40 {
		return 0, 0, false
	}
	for n := 0; n < 2 && hasAt(s, p, "="); n++ {
		p++
	}
	if !hasAt(s, p, ".") {
		return 0, 0, false
	}
	end := span(s, p+1, setBase64URL, 87)
	if end-p-1 != 86 {
		return 0, 0, false
	}
	for n := 0; n < 2 && hasAt(s, end, "="); n++ {
		end++
	}
	if !boundaryAfter(s, end, setBase64URL) {
		return 0, 0, false
	}
	return at, end, true
}

var _ = register(Detector{
	ID:          "yandex-iam-token",
	Description: "Yandex Cloud IAM token (t1.)",
	Category:    Secret,
	Keywords:    []string{"t1."},
	Match:       yandexIAMToken,
	Validate:    func(m string) bool { return mixedClasses(m[3:]) },
	Positive: []Example{
		{Text: "t1.9euelZ" + fake(charsBase64URL, 140, "yandex-iam") + "." + fake(charsBase64URL, 86, "yandex-iam-2"), Why: "bare token"},
		{Text: "yc: using t1.9euelZ" + fake(charsBase64URL, 120, "yandex-iam-3") + "==." + fake(charsBase64URL, 86, "yandex-iam-4") + "==", Secret: "t1.9euelZ" + fake(charsBase64URL, 120, "yandex-iam-3") + "==." + fake(charsBase64URL, 86, "yandex-iam-4") + "==", Why: "padded parts"},
	},
	Negative: []Example{
		{Text: "t1.9euelZ" + fake(charsBase64URL, 140, "yandex-iam-7") + "." + fake(charsBase64URL, 87, "yandex-iam-8"), Why: "signature one byte long"},
		{Text: "xt1.9euelZ" + fake(charsBase64URL, 140, "yandex-iam-9") + "." + fake(charsBase64URL, 86, "yandex-iam-10"), Why: "prefix inside a word"},
		{Text: "IAM token t1. expired", Why: "the prefix alone"},
		{Text: "instance type t1.micro started", Why: "an instance type"},
		{Text: "t1.9euelZ" + fake(charsBase64URL, 140, "yandex-iam-5") + "." + fake(charsBase64URL, 85, "yandex-iam-6"), Why: "signature one byte short"},
	},
})

var (
	_ = register(keyedSecret(keyedSpec{
		id:    "yandex-static-key-secret",
		desc:  "Yandex Cloud static access key secret (YC + 38 bytes)",
		keys:  []string{"yandex"},
		body:  literal("YC", run(setBase64URL, 38, 38)),
		value: func(seed string) string { return "YC" + fakeMixed(charsBase64URL, 38, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "ibm-cloud-api-key",
		desc:  "IBM Cloud API key (44 bytes)",
		keys:  []string{"ibm_", "ibmcloud", "ibm-"},
		body:  run(setBase64URL, 44, 44),
		value: func(seed string) string { return fakeMixed(charsBase64URL, 44, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "linode-api-token",
		desc:  "Linode (Akamai) personal access token (64 hex digits)",
		keys:  []string{"linode"},
		hot:   []string{"linode", "Linode"},
		body:  run(setHex, 64, 64),
		valid: hexSecret,
		value: func(seed string) string { return fake(charsHex, 63, seed) + "a" },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "vultr-api-key",
		desc:  "Vultr API key (36 upper-case letters and digits)",
		keys:  []string{"vultr"},
		body:  run(setUpperNum, 36, 36),
		value: func(seed string) string { return fakeMixed(charsUpperNum, 36, seed) },
	}))
	_ = register(keyedSecret(keyedSpec{
		id:    "hetzner-api-token",
		desc:  "Hetzner Cloud API token (64 bytes)",
		keys:  []string{"hcloud", "hetzner"},
		body:  run(setAlnum, 64, 64),
		value: func(seed string) string { return fakeMixed(charsAlnum, 64, seed) },
	}))
)

var _ = register(Detector{
	ID:          "scaleway-secret-key",
	Description: "Scaleway API secret key (a UUID) next to its SCW access key or after a key name such as SCW_SECRET_KEY",
	Category:    Secret,
	Keywords:    append([]string{"SCW"}, keyVariants("scw", "secret", "key")...),
	Match: func(s string, at int, kw string) (int, int, bool) {
		if kw == "SCW" {
			return scalewaySecretNearID(s, at, kw)
		}
		return keyed(nil, uuidBody)(s, at, kw)
	},
	Positive: []Example{
		{Text: "SCW" + fakeMixed(charsUpperNum, 17, "scaleway-pair") + " " + fakeUUID("scaleway-secret"), Secret: fakeUUID("scaleway-secret"), Why: "access key and secret key side by side"},
		{Text: "scw_secret_key: " + fakeUUID("scaleway-secret-2"), Secret: fakeUUID("scaleway-secret-2"), Why: "config file"},
	},
	Negative: []Example{
		{Text: "scw_secret_key_id: " + fakeUUID("scaleway-secret-4") + "0", Why: "one byte long"},
		{Text: "scw_secret_key_id: " + fakeUUID("scaleway-secret-3")[:30], Why: "not a whole UUID"},
	},
})

var scalewaySecretNearID = pairSecret(pairSpec{
	identifier: "scaleway-access-key",
	id: func(s string, at int, kw string) (int, int, bool) {
		start, end, ok := prefixToken(setUpperNum, 17, 17)(s, at, kw)
		return start, end, ok && randomLooking(s[start+3:end])
	},
	set:   newCharset("0-9a-f-"),
	min:   36,
	max:   36,
	valid: isUUID,
})

var _ = register(keyedSecret(keyedSpec{
	id:    "cisco-meraki-api-key",
	desc:  "Cisco Meraki Dashboard API key (40 hex digits)",
	keys:  []string{"meraki"},
	body:  run(setHex, 40, 40),
	valid: hexSecret,
	value: func(seed string) string { return fake(charsHex, 39, seed) + "a" },
}))
