"""Tests of the did:plc replay (reference_impl.plcbundle.replay) and the operation-stream generator.

Three independent sources of expected outcomes:

* the generator's own bookkeeping (corpus.generators.plcbundle_ops), which never imports the replay;
* the did:plc reference interop suite (did-method-plc/did-method-plc ``interop_tests/audit_log``, copied
  from go-didplc ``testdata``): real signed logs, classified valid/invalid by the reference implementation,
  with DIDs, CIDs and ``nullified`` flags computed by it; plus the start of a real legacy log
  (did:plc:oky5czdrnfjpqslsw2a5iclo, whose CIDs are known from the ``prev`` links of its published log);
* published ECDSA vectors (RFC 6979 A.2.5 for P-256; the widely used secp256k1 "Satoshi Nakamoto" vector)
  and the multiformats library for did:key and CID encodings.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import dag_cbor
import pytest
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from hypothesis import given, settings
from hypothesis import strategies as st
from multiformats import CID, multibase, multicodec, multihash

from binfmt_conformance.corpus.generators.plcbundle_ops import (
    ALL_SCENARIOS,
    CURVE_ORDERS,
    INVALID_SCENARIOS,
    VALID_SCENARIOS,
    PlcKey,
    b64url,
    compact_signature,
    derive_key,
    did_for_genesis,
    expected_snapshot,
    export_line,
    generate_large_stream,
    generate_stream,
    jsonb_order,
    op_cid,
    sign_operation,
)
from binfmt_conformance.reference_impl.plcbundle import replay as replay_module
from binfmt_conformance.reference_impl.plcbundle.replay import (
    REASON_CLASSES,
    ReplayResult,
    cid_for_bytes,
    parse_rotation_key,
    replay,
)

# --------------------------------------------------------------------------------------------------------
# Reference interop vectors, one export record per line. The only edit: in "nontrivial" the second record's
# createdAt reads "2025-07-1T00:00:01.000Z" upstream (not RFC 3339); it is "2025-07-01T00:00:01.000Z" here.
# createdAt is not signed, so CIDs and signatures are unaffected. "jay_legacy" carries synthetic
# createdAt values (the /log endpoint it comes from has none).

INTEROP: dict[str, str] = {
    "bskyapp": r"""
{"did":"did:plc:z72i7hdynmk6r22z27h6tvur","operation":{"sig":"9NuYV7AqwHVTc0YuWzNV3CJafsSZWH7qCxHRUIP2xWlB-YexXC1OaYAnUayiCXLVzRQ8WBXIqF-SvZdNalwcjA","prev":null,"type":"plc_operation","services":{"atproto_pds":{"type":"AtprotoPersonalDataServer","endpoint":"https://bsky.social"}},"alsoKnownAs":["at://bluesky-team.bsky.social"],"rotationKeys":["did:key:zQ3shhCGUqDKjStzuDxPkTxN6ujddP4RkEKJJouJGRRkaLGbg","did:key:zQ3shpKnbdPx3g3CmPf5cRVTPe1HtSwVn5ish3wSnDPQCbLJK"],"verificationMethods":{"atproto":"did:key:zQ3shXjHeiBuRCKmM36cuYnm7YEMzhGnCmCyW92sRJ9pribSF"}},"cid":"bafyreigp6shzy6dlcxuowwoxz7u5nemdrkad2my5zwzpwilcnhih7bw6zm","nullified":false,"createdAt":"2023-04-12T04:53:57.057Z"}
{"did":"did:plc:z72i7hdynmk6r22z27h6tvur","operation":{"sig":"1mEWzRtFOgeRXH-YCSPTxb990JOXxa__n8Qw6BOKl7Ndm6OFFmwYKiiMqMCpAbxpnGjF5abfIsKc7u3a77Cbnw","prev":"bafyreigp6shzy6dlcxuowwoxz7u5nemdrkad2my5zwzpwilcnhih7bw6zm","type":"plc_operation","services":{"atproto_pds":{"type":"AtprotoPersonalDataServer","endpoint":"https://bsky.social"}},"alsoKnownAs":["at://bsky.app"],"rotationKeys":["did:key:zQ3shhCGUqDKjStzuDxPkTxN6ujddP4RkEKJJouJGRRkaLGbg","did:key:zQ3shpKnbdPx3g3CmPf5cRVTPe1HtSwVn5ish3wSnDPQCbLJK"],"verificationMethods":{"atproto":"did:key:zQ3shXjHeiBuRCKmM36cuYnm7YEMzhGnCmCyW92sRJ9pribSF"}},"cid":"bafyreihmuvr3frdvd6vmdhucih277prdcfcezf67lasg5oekxoimnunjoq","nullified":false,"createdAt":"2023-04-12T17:26:46.468Z"}
""",
    "jay_legacy": r"""
{"did":"did:plc:oky5czdrnfjpqslsw2a5iclo","operation":{"sig":"KuN3A61golVNSDU71wZKLP9lVuXk6YekJAz1lwDzrPsNTEWHBBW_8zSyV6pDxV4KiYXuAXlS1Ik47XkjQZ94mA","prev":null,"type":"create","handle":"jay.bsky.social","service":"https://bsky.social","signingKey":"did:key:zQ3shP5TBe1sQfSttXty15FAEHV1DZgcxRZNxvEWnPfLFwLxJ","recoveryKey":"did:key:zQ3shhCGUqDKjStzuDxPkTxN6ujddP4RkEKJJouJGRRkaLGbg"},"cid":"bafyreidswhiwi4ljkl4es4vwqhkas3spmmktortqbp6lkrb5v7qqdfr3mm","nullified":false,"createdAt":"2023-01-01T00:00:00.000Z"}
{"did":"did:plc:oky5czdrnfjpqslsw2a5iclo","operation":{"sig":"TY3ot8yFF-0LL8ceoRwSGaNQj0F1aj-IApYXRGT21G1fnznKHUHT1QE7c1aTrYd9PQLVvXUGag6CZ9EEeIKqgA","prev":"bafyreidswhiwi4ljkl4es4vwqhkas3spmmktortqbp6lkrb5v7qqdfr3mm","type":"plc_operation","services":{"atproto_pds":{"type":"AtprotoPersonalDataServer","endpoint":"https://bsky.social"}},"alsoKnownAs":["at://jay.bsky.social"],"rotationKeys":["did:key:zQ3shhCGUqDKjStzuDxPkTxN6ujddP4RkEKJJouJGRRkaLGbg","did:key:zQ3shpKnbdPx3g3CmPf5cRVTPe1HtSwVn5ish3wSnDPQCbLJK"],"verificationMethods":{"atproto":"did:key:zQ3shXjHeiBuRCKmM36cuYnm7YEMzhGnCmCyW92sRJ9pribSF"}},"cid":"bafyreicgb25yf5fro22oyhtkbgerzr4nume4sx757r525skxdzpeoeseha","nullified":false,"createdAt":"2023-01-02T00:00:00.000Z"}
{"did":"did:plc:oky5czdrnfjpqslsw2a5iclo","operation":{"sig":"WmQmobHA6abtu8xIkBSrDkkoMNjOxP1Tl_1zl1DbIZlA9kjOyxjX-J1rzwWVy3stdzMowpBeBnedkAug84n_RQ","prev":"bafyreicgb25yf5fro22oyhtkbgerzr4nume4sx757r525skxdzpeoeseha","type":"plc_operation","services":{"atproto_pds":{"type":"AtprotoPersonalDataServer","endpoint":"https://bsky.social"}},"alsoKnownAs":["at://jay.bsky.team"],"rotationKeys":["did:key:zQ3shhCGUqDKjStzuDxPkTxN6ujddP4RkEKJJouJGRRkaLGbg","did:key:zQ3shpKnbdPx3g3CmPf5cRVTPe1HtSwVn5ish3wSnDPQCbLJK"],"verificationMethods":{"atproto":"did:key:zQ3shXjHeiBuRCKmM36cuYnm7YEMzhGnCmCyW92sRJ9pribSF"}},"cid":"bafyreihmf7dapx27fexc7jwj4cdpbxcmhnnwo3x5vrpvbr6lclzj7gpsmi","nullified":false,"createdAt":"2023-01-03T00:00:00.000Z"}
""",
    "exactly_72h": r"""
{"did":"did:plc:huyin2bxfj3bpg3gjq64nazd","operation":{"sig":"SMt9lbnrIZphaVysWweU24bobCCZQmROnpSE4_9ZcUZda05TW9kR3povEIWL76_5l28LPphh9zOBnzuT6CsfJA","prev":null,"type":"plc_operation","services":{},"alsoKnownAs":["at://op0"],"rotationKeys":["did:key:zQ3shbhi3Ecu99Fo6apTVVAzV15RExDaDgoY3mTuQXQsCPGky","did:key:zQ3shdDRwdy9yjepHMnhAmHXZ1sNHikyRUNbJBFmJdEHBSkm1"],"verificationMethods":{}},"cid":"bafyreib5gcdoqnzkoylzwzsmhxdigizzl7nlwoe2fujd6aqkgn4yn5juee","nullified":false,"createdAt":"2025-07-25T14:40:41.627Z"}
{"did":"did:plc:huyin2bxfj3bpg3gjq64nazd","operation":{"sig":"5C6Wb29_El2d96XLoaJyBYczpSi4Y0iFiKx5vG6czV5eltBwPeQ2TT8B_EieXy_G3O_aRZrobUBKijQeQfop3g","prev":"bafyreib5gcdoqnzkoylzwzsmhxdigizzl7nlwoe2fujd6aqkgn4yn5juee","type":"plc_operation","services":{},"alsoKnownAs":["at://op1"],"rotationKeys":["did:key:zQ3shhZw6NmJJhdWcWqxGfaLKBV7LbW5RVVxbMuQQt5EZExEv","did:key:zQ3shQPH612ZLpKXu6wJ8Nq3xJcZ1KBngAYzV1ifvGFjyfGGM"],"verificationMethods":{}},"cid":"bafyreidygw4qxncobfaz54dujsdamppw5eyzfsjscvzzh62s4lgfdtwkhm","nullified":false,"createdAt":"2025-07-26T00:00:00.000Z"}
{"did":"did:plc:huyin2bxfj3bpg3gjq64nazd","operation":{"sig":"2JUYqTo-dhMxjvIZad2E7dspTfd4UJjIF1m4MecIaNAi3YwVERLQT6DBH4JGirSZOUZPsI9kRPFADG3FvRROOA","prev":"bafyreidygw4qxncobfaz54dujsdamppw5eyzfsjscvzzh62s4lgfdtwkhm","type":"plc_operation","services":{},"alsoKnownAs":["at://op2"],"rotationKeys":["did:key:zQ3shjndSKfWo811gPc6w7xgTQ1QZ1pSzRh9nFyYNTr2f8vad","did:key:zQ3shNu1MTAyn751xRrPYgzYHMjmgxqJX7MaKD1sRyqmEG7Lr"],"verificationMethods":{}},"cid":"bafyreifwu6mpycnlcwcp33pvfmwlba3bsinrvaiemjied2hotb24z7wk2y","nullified":true,"createdAt":"2025-07-27T00:00:00.000Z"}
{"did":"did:plc:huyin2bxfj3bpg3gjq64nazd","operation":{"sig":"FFWR27ys_W2YaEOEQIFLaEWhf3V8rVR5Lh6F20UMn8AvsgS5eoT4nrY3D34hGJKBtkoy6FgNX2LjegFmwedmZQ","prev":"bafyreidygw4qxncobfaz54dujsdamppw5eyzfsjscvzzh62s4lgfdtwkhm","type":"plc_operation","services":{},"alsoKnownAs":["at://op3"],"rotationKeys":["did:key:zQ3shXNdU3wForFqrQSGGL4XpRhUTb3RAdQmYx3RFx6WqyiHR","did:key:zQ3shQFNHvyMfEWFsEycbyU24KdLQxuHtMvDRLVnjwMQhTfGU"],"verificationMethods":{}},"cid":"bafyreicethnkrcbd2xojssb76sppdnfxlwzzjkrf6f2fiixxglv7sik65e","nullified":false,"createdAt":"2025-07-29T00:00:00.000Z"}
""",
    "nontrivial": r"""
{"did":"did:plc:ana7n2ppeqk57pay7azhjs24","operation":{"sig":"IypAT0szH_8Ygl7QrnXZrxemIcg_RkW_GyYbjih_9BEe5DRGgLxmQGeWsvB0TfDqm50c0xB8mGraOf25IA25qA","prev":null,"type":"plc_operation","services":{},"alsoKnownAs":["at://op0"],"rotationKeys":["did:key:zQ3shhiASLv8GN7ob3iWqsAxP7nE95LUPWsNEb2jTfW7e2yCt","did:key:zQ3shsnWCW7HC7bYVnRcY5XxQpKArfafpB5S39DoqTkexuiTu"],"verificationMethods":{}},"cid":"bafyreiadih3ot3zecxp3yghygj2mwxh3szrrifwer2z4iodazbrtuvmmgm","nullified":false,"createdAt":"2025-07-01T00:00:00.000Z"}
{"did":"did:plc:ana7n2ppeqk57pay7azhjs24","operation":{"sig":"eabKT5-1i2MW8Z7iWXHp2tlEYn1y6HmbuHexP-fgOzQq6RuNBGlWWOjMygxl8BK98FCNU8wvX9eWkM-soBrfow","prev":"bafyreiadih3ot3zecxp3yghygj2mwxh3szrrifwer2z4iodazbrtuvmmgm","type":"plc_operation","services":{},"alsoKnownAs":["at://op1"],"rotationKeys":["did:key:zQ3shXPgp1NrzoXSpa7YTn9ZFUVco39X8ygph16Bj6Ku4NJd2","did:key:zQ3shd4eC3ykuq1GfpuyosoBLSX3JASu9qFXggqWGWwH9MXg6"],"verificationMethods":{}},"cid":"bafyreieshd5ujokbnxfzqmaoyimbdsiuwklji2st7ffga2vkhsozxn324u","nullified":false,"createdAt":"2025-07-01T00:00:01.000Z"}
{"did":"did:plc:ana7n2ppeqk57pay7azhjs24","operation":{"sig":"hHkc9Mn_nE-P60GsZJG6jm6xdlBUbaxonGsir-O95P1ibH16jK-FyVO2KtF-J2llULLDZID_mbKkh2QOpBc-TA","prev":"bafyreieshd5ujokbnxfzqmaoyimbdsiuwklji2st7ffga2vkhsozxn324u","type":"plc_operation","services":{},"alsoKnownAs":["at://op2"],"rotationKeys":["did:key:zQ3shco8HcC3YKPeoCJ55S9XQ7e7enn6qqCeyx1jhxGE8hRAX","did:key:zQ3shQDMSvL951qcX2Tpdp4s6tL39pjMzVowM9XU4v6NMkG92"],"verificationMethods":{}},"cid":"bafyreifpq7r5ipo3rdpfrippmir5ne6he36mfab2shtz5g25tjm6z655rq","nullified":true,"createdAt":"2025-07-25T14:14:49.751Z"}
{"did":"did:plc:ana7n2ppeqk57pay7azhjs24","operation":{"sig":"MoCicrrAaerQdkyGeZT5QFKQ5hUbwoELlpJG1yq8e1onpuIECPlDkRn0MSTSPK8t546W8jZNvrtHRuNCBoXQUA","prev":"bafyreifpq7r5ipo3rdpfrippmir5ne6he36mfab2shtz5g25tjm6z655rq","type":"plc_operation","services":{},"alsoKnownAs":["at://op3"],"rotationKeys":["did:key:zQ3shX4Tw63vH57eanTngtGeGXDTjDYqovNd8DfpNpcJsHRwK","did:key:zQ3shTPSgYbFTfmV5wNDV6oHHogTsDemWRdwWm6ZKZB2wXDQc"],"verificationMethods":{}},"cid":"bafyreih55jjrlxemxyusbyqhwkydvew5seldzlzflhuiqhsuwienbuvxmu","nullified":true,"createdAt":"2025-07-25T14:14:50.126Z"}
{"did":"did:plc:ana7n2ppeqk57pay7azhjs24","operation":{"sig":"lD4kyQq8GZbvqaUHLt91wCBZgxeFvXQdVLM7Go0083cLE8HeG1Rj5HnsEBadYqzoCOcLgDWPMCwdAuM_GCojxA","prev":"bafyreih55jjrlxemxyusbyqhwkydvew5seldzlzflhuiqhsuwienbuvxmu","type":"plc_operation","services":{},"alsoKnownAs":["at://op4"],"rotationKeys":["did:key:zQ3shW9AesYJE95cyuPwWCmJhvPgP7Rkva8SgNoJ2wuAA7gDd","did:key:zQ3shaw1oqEGsigCdjMvgUD6sN4w6r3h3EdG7Eqp54c7oo6LD"],"verificationMethods":{}},"cid":"bafyreicnmhhlbyh5qhslaub3l4j7hydcv3lbmxyorkge5y7xgpvdlxzjlu","nullified":true,"createdAt":"2025-07-25T14:14:50.515Z"}
{"did":"did:plc:ana7n2ppeqk57pay7azhjs24","operation":{"sig":"LjSlpZATuTm28kcSAkJJmgP6_pDoq2YA5J408aQJTmVyTsDkwyJ3gKB-pcMiYKlNptD3BxdiXnIKaSP5vI6D8w","prev":"bafyreih55jjrlxemxyusbyqhwkydvew5seldzlzflhuiqhsuwienbuvxmu","type":"plc_operation","services":{},"alsoKnownAs":["at://op5"],"rotationKeys":["did:key:zQ3shvv4uX5wmumTa3U5pgZxt1VNZmHY3UhX3KhEwHk7dk7PB","did:key:zQ3shvKqwoT1wtjHbCki566vQFk86UvJc8T5WfGpmCm5jyCN7"],"verificationMethods":{}},"cid":"bafyreihveyvdjaslphmjftrb6uw2ftqklefi6jod2m7lv7pw2aitu6lrqu","nullified":true,"createdAt":"2025-07-25T14:14:50.904Z"}
{"did":"did:plc:ana7n2ppeqk57pay7azhjs24","operation":{"sig":"tjVslQYlmnJrZifS9TqxhH7e4YolwvI40FU_X93mFVRy85W64ClwJ_1X-eeQiNh5on0TxdqoBmPcvERocrEEPA","prev":"bafyreihveyvdjaslphmjftrb6uw2ftqklefi6jod2m7lv7pw2aitu6lrqu","type":"plc_operation","services":{},"alsoKnownAs":["at://op6"],"rotationKeys":["did:key:zQ3shjaNAXa4S2zupVtaRfiiiZL8BNsz3Gx2X7u4KJP4xxVfR","did:key:zQ3shRiasZG5nANgQH2MYA2RJcZo4K6J7zL7EeoG2q46HjUyi"],"verificationMethods":{}},"cid":"bafyreihdethy553d6czdke36vlfmn7tzhjumndlkwmfksqubutzeaihcuy","nullified":true,"createdAt":"2025-07-25T14:14:51.281Z"}
{"did":"did:plc:ana7n2ppeqk57pay7azhjs24","operation":{"sig":"AFq-UKqZtLA88ZssGg0jV7BUm1zju4V79W4KG35VdXMB7MH9AfHvBNLOlxmzEW_ATs1tmeX60U00meDI8oppRg","prev":"bafyreieshd5ujokbnxfzqmaoyimbdsiuwklji2st7ffga2vkhsozxn324u","type":"plc_operation","services":{},"alsoKnownAs":["at://op7"],"rotationKeys":["did:key:zQ3shi3dE5REVqBR25JcENfLA5qvKPy6yADo9EQCtNVGwo9Xn","did:key:zQ3shfePFkQKQMPDpfKpH5frZuk6aLsqWhLaQZQ62KsQwQziz"],"verificationMethods":{}},"cid":"bafyreihdmait2kmgp3zm7uixh4b56ekufakqwqlfgh7ji6m2aphensd3dy","nullified":false,"createdAt":"2025-07-25T14:14:51.652Z"}
""",
    "nullification": r"""
{"did":"did:plc:2s2mvm52ttz6r4hocmrq7x27","operation":{"type":"plc_operation","rotationKeys":["did:key:zQ3shwPdax6jKMbhtzbueGwSjc7RnjsmPcNB1vQUpbKUCN1t1","did:key:zQ3shmMcsFLvSZQy2pSZFFKZNmQSNmyuSepPXMHpgTYrontu2"],"verificationMethods":{},"alsoKnownAs":["at://foo"],"services":{},"prev":null,"sig":"1pTjQD5-LA4gN6tz1t7-28Tzct9NI-oYMN8QVUQkB7493j-vKeZnZO0YqNNBCXsORatmfKUXwteC9zW82mi_yw"},"cid":"bafyreiguwtflhou46pupb3qtemh56x6o3fn3y7ym2q3jgoms35tdu2d5ga","nullified":false,"createdAt":"1970-01-01T00:00:00.000Z"}
{"did":"did:plc:2s2mvm52ttz6r4hocmrq7x27","operation":{"prev":"bafyreiguwtflhou46pupb3qtemh56x6o3fn3y7ym2q3jgoms35tdu2d5ga","type":"plc_operation","services":{},"alsoKnownAs":["at://foo"],"rotationKeys":[],"verificationMethods":{},"sig":"XfbRKnfzmJyRXUrajAISgdiJWNdNFMFgtDnlKvj-bIZhpfqGd39xiylJVXXu5Usw2cc2Js4EeSPh2xfhUQNxSA"},"cid":"bafyreicbxgoelatj24iyqnevm7v4f22utxb75p756ztyu5v7cjxlwti3oa","nullified":true,"createdAt":"1970-01-01T00:00:01.000Z"}
{"did":"did:plc:2s2mvm52ttz6r4hocmrq7x27","operation":{"prev":"bafyreiguwtflhou46pupb3qtemh56x6o3fn3y7ym2q3jgoms35tdu2d5ga","type":"plc_operation","services":{},"alsoKnownAs":["at://foo"],"rotationKeys":["did:key:zQ3shwPdax6jKMbhtzbueGwSjc7RnjsmPcNB1vQUpbKUCN1t1","did:key:zQ3shmMcsFLvSZQy2pSZFFKZNmQSNmyuSepPXMHpgTYrontu2"],"verificationMethods":{},"sig":"zCcbDgFbv5b0aGggLepLcARzNzH0sG6uuvq2GacyPsAsjDsLMZn6KmOxa50iWZEMRknQHsMYyMTS99eeTPu0fQ"},"cid":"bafyreidef3g2vvlshwzf7vxjyxg3lraahujvhtkpo7y3g4br52ft3lzwem","nullified":false,"createdAt":"1970-01-01T00:00:02.000Z"}
""",
    "nullified_tombstone": r"""
{"did":"did:plc:7iqnimg5hvigsckpbqrqktoh","operation":{"sig":"GI8N37O5s6xr4QgWJ0zJdBIdS8xZ-G107B8jaaM_efJmkF8MYpIG0v3XJBW8tVzFS3xkvoOj46ufvmn9Z6KKtg","prev":null,"type":"plc_operation","services":{},"alsoKnownAs":["at://op0"],"rotationKeys":["did:key:zQ3shYZd89t3Lke7N9NbDs8fcaTyAm7fAux3aVjDELLLSVmVQ","did:key:zQ3shuK7Yt3GQoh8BoyEzSNZeWdovfAkqjjKJMUKHYC1878vm"],"verificationMethods":{}},"cid":"bafyreih2edkdbxj5kbuqstymemcu3r3mxj4gtgxcmuxpmj5mtnpazdocvm","nullified":false,"createdAt":"2025-07-25T15:47:47.372Z"}
{"did":"did:plc:7iqnimg5hvigsckpbqrqktoh","operation":{"sig":"8kZqyCA19y3ORbAS88hOBzzKqe-QB8c_WtTfJTlrxxcvQRJ9KauzBVa70pIPR62m_aNc7kH50MKXjw9N0MWWmQ","prev":"bafyreih2edkdbxj5kbuqstymemcu3r3mxj4gtgxcmuxpmj5mtnpazdocvm","type":"plc_operation","services":{},"alsoKnownAs":["at://op1"],"rotationKeys":["did:key:zQ3shVec44WTCPYCMZb4Ka5ajjDKKLmfjWUxyRptht4knaMq8","did:key:zQ3shmXuxJHxmy5SsXSdg3EWLsbrD4gztdU3TDhNq5QM7HyZr"],"verificationMethods":{}},"cid":"bafyreidfdc7xu5wvkyq2dwr6fuierhb7ybcdc3dnfmzf5u22hukttm75iq","nullified":false,"createdAt":"2025-07-25T15:47:47.749Z"}
{"did":"did:plc:7iqnimg5hvigsckpbqrqktoh","operation":{"sig":"0nvoKq0K3s6mcEutE4kZG9VhG7ptabCaxI_Hf9MdbuV0h00TBrYyDwa5VZGR334P_1Mhidnq9zMVb3o_XZ-PGg","prev":"bafyreidfdc7xu5wvkyq2dwr6fuierhb7ybcdc3dnfmzf5u22hukttm75iq","type":"plc_tombstone"},"cid":"bafyreidsszc2f6szlqfw3gsud7o7prfgihwuefyl7hlihgopnex44owwdy","nullified":true,"createdAt":"2025-07-25T15:47:48.128Z"}
{"did":"did:plc:7iqnimg5hvigsckpbqrqktoh","operation":{"sig":"RG7_y1y8d1vx_z_DHrmPVBaN_SBoFx_PJMaLAzkx2J1Y7a44USpLhFelEDupo3Kn90H447eWIoQWUFM1splTiQ","prev":"bafyreidfdc7xu5wvkyq2dwr6fuierhb7ybcdc3dnfmzf5u22hukttm75iq","type":"plc_operation","services":{},"alsoKnownAs":["at://op3"],"rotationKeys":["did:key:zQ3shWWPEB81oEwNJ1mCVfvMPNFsdsat9u9FmGFteyjNAHh2A","did:key:zQ3shXhSnMgAtK7JoaLAgEYf1aWqgXwwSfVC2Nx2WRCGGp6Si"],"verificationMethods":{}},"cid":"bafyreidmokii52hymid6kt3u7npdd5opfndn7asvt2ckwoe7g5osjw5jba","nullified":false,"createdAt":"2025-07-25T15:47:48.511Z"}
""",
    "empty_rotation_keys": r"""
{"did":"did:plc:7az4y43gpd5iz3uz5aoiimpn","operation":{"sig":"kWGr1tLkLeFbi2sM1ECfIXVLE11U8F_2JbIjP6SO504Z2YVilrvr37AgtsfcPww_EuBacJoJDYbmwVTRoz3cPQ","prev":null,"type":"plc_operation","services":{},"alsoKnownAs":[],"rotationKeys":["did:key:zDnaet3CLvFwasyRn1qaCJec6XDqh2pXE4fUoJpG19H9xauUf"],"verificationMethods":{}},"cid":"bafyreihygpghgzty7kgo5gpidscdd3p7krovysfy76uqfyildy5qy6xyqi","nullified":false,"createdAt":"2025-07-22T16:42:57.772Z"}
{"did":"did:plc:7az4y43gpd5iz3uz5aoiimpn","operation":{"sig":"EJmgtA4PoFz6sXWz324x4f-46PbQJV0NR16_B69fbWVJb40wSBAakxJKUqvAQnvgMMZnWiL8LUdyEgFejSwdKA","prev":"bafyreihygpghgzty7kgo5gpidscdd3p7krovysfy76uqfyildy5qy6xyqi","type":"plc_operation","services":{},"alsoKnownAs":[],"rotationKeys":[],"verificationMethods":{}},"cid":"bafyreidhcvt64va2y7igfy5soymc4xtpoghdgv2oujv5f76js6sdwby6ta","nullified":false,"createdAt":"2025-07-22T16:44:08.313Z"}
""",
    "duplicate_rotation_keys": r"""
{"did":"did:plc:fjhag55cvrg4no2optwsld2d","operation":{"sig":"eYGQcdzFhATHh1wn9eNBjL5TRd7U-K_D3eyY3KPp2BcFrz_CMZ5PPoIN1P_HSO7m_66pmRcDiPPvBclDHQZ6tQ","prev":null,"type":"plc_operation","services":{},"alsoKnownAs":[],"rotationKeys":["did:key:zDnaet3CLvFwasyRn1qaCJec6XDqh2pXE4fUoJpG19H9xauUf","did:key:zDnaet3CLvFwasyRn1qaCJec6XDqh2pXE4fUoJpG19H9xauUf"],"verificationMethods":{}},"cid":"bafyreibkjybxpivmjxdlwtt45usy6q6nutr3clatlbfejlnusqvmpsxm5y","nullified":false,"createdAt":"2025-07-23T11:52:57.706Z"}
""",
    "update_tombstoned": r"""
{"did":"did:plc:b7y2odnrysmtzrynlrqatcpz","operation":{"sig":"sCbeUr9rRo3_GS3ryYFTVMMIoQCxPFqPz-hnHWS0Mk9FMOY-3oPgDMg6wOr9eWdVWxRTHB2zN6YncjaAhn3uWA","prev":null,"type":"plc_operation","services":{},"alsoKnownAs":["at://op0"],"rotationKeys":["did:key:zQ3shdUgePXuKcWPouBfa3Pxq1pDQRUbdWwP9L3F7DeUJB4KG","did:key:zQ3shfLEW369HgR9wrF3uccmFPduGoCi9pS4vJSomc9y4ZM3e"],"verificationMethods":{}},"cid":"bafyreiap6gtq3moete6modk4maeyt6ns4abftkk5lnaqb5rsyp7fwebdnu","nullified":false,"createdAt":"2025-07-28T13:07:23.620Z"}
{"did":"did:plc:b7y2odnrysmtzrynlrqatcpz","operation":{"sig":"Qf7L4_fWzsKolaHiVjVBeLBcNF4ULDeUWzp2sxuyi5dYTOVzCyFGxOVGlAOKV41eUQ4wUP_q5JDly8tAnQQzMw","prev":"bafyreiap6gtq3moete6modk4maeyt6ns4abftkk5lnaqb5rsyp7fwebdnu","type":"plc_tombstone"},"cid":"bafyreihwvjlobt4dyrxidxxxxfbqfqjqv7j7432ci3anis3zdtwkdn22ya","nullified":false,"createdAt":"2025-07-28T13:07:23.993Z"}
{"did":"did:plc:b7y2odnrysmtzrynlrqatcpz","operation":{"type":"plc_operation","rotationKeys":["did:key:zQ3shrwJx44p966nxnxpmw33DPNGVGR3hfbXunzuF5NmdCtm8","did:key:zQ3sha6vCiYnwohoYfxHLWmQEBR5iG5acWgXToYjr9oUAjWCH"],"verificationMethods":{},"alsoKnownAs":["at://op2"],"services":{},"prev":"bafyreihwvjlobt4dyrxidxxxxfbqfqjqv7j7432ci3anis3zdtwkdn22ya","sig":"KLMS5W-XHQ0T8eWiOQYI7sUvjXvOBVZbbjZAVWyPLlNlio-z3gtaP-K3ZMT3Sl7ew2l1lzPLj5rU66kTzltfRA"},"cid":"bafyreihpojylqxoz4r5ahmazmbmh4xbxbw6mm7jftlhxmkszkxwgjq3o4e","nullified":false,"createdAt":"2025-07-28T13:08:23.993Z"}
""",
    "high_s_k256": r"""
{"did":"did:plc:t63fj6hb7mahe7qcvgbqhdnk","operation":{"type":"plc_operation","rotationKeys":["did:key:zQ3shTBEaSruX6DJNAH3W9Weu95PYwrdQvmrHCSW9bLLZXrnw"],"verificationMethods":{},"alsoKnownAs":["at://high_s_k256"],"services":{},"prev":null,"sig":"cDdgXcFwiJFhTzUyEhmvG4uCqy_UEqTXiWN29O3CiMXtfPnNo7Mg_BsK1iv4VBt010RwJg5mnDOK20T6m8ltDw"},"cid":"bafyreie7wzkpryp3abzh4avjqmby3kuznuz3dwlqqgyfui25pecveba5oe","nullified":false,"createdAt":"1970-01-01T00:00:00.000Z"}
""",
    "high_s_p256": r"""
{"did":"did:plc:svbmkmqgxdr4i5cnt5y5lq5h","operation":{"type":"plc_operation","rotationKeys":["did:key:zDnaefqvvRQsME5c7LvxdghHeARNWEFbg2PfrAYiHhKVf9rH9"],"verificationMethods":{},"alsoKnownAs":["at://high_s_p256"],"services":{},"prev":null,"sig":"v5pzK205KUu88-3lrYRoLmw_3TJL0xK3uCNUJXged7zEEjAQcndRh4rlglwVeMQa_UH-3XArH1Oh5T_3QGLzbg"},"cid":"bafyreievilctebvy4pchitm7ohk4hj2tfuzcouax6gnx7obc5mp5unwvea","nullified":false,"createdAt":"1970-01-01T00:00:00.000Z"}
""",
    "padding_bits": r"""
{"did":"did:plc:3hhmazwcb2hbcjn3thxamwrk","operation":{"type":"plc_operation","rotationKeys":["did:key:zDnaefqvvRQsME5c7LvxdghHeARNWEFbg2PfrAYiHhKVf9rH9"],"verificationMethods":{},"alsoKnownAs":["at://weird_sig_padding"],"services":{},"prev":null,"sig":"yRcZOnrdCdTMIWVbM-HX8ByF0Rk1SOkivl3A3YbmzT4saxyk_nERJSJ-CqKlNP4CmMdVL5Cvc1vSM_Fe5HBbmR"},"cid":"bafyreigzz3agnqqoryislo4z5ydfukwzcax3nslasimanzm7qhomnasrie","nullified":false,"createdAt":"1970-01-01T00:00:00.000Z"}
""",
    "padding_chars": r"""
{"did":"did:plc:vllxembwgplesifkkab6dopf","operation":{"type":"plc_operation","rotationKeys":["did:key:zDnaefqvvRQsME5c7LvxdghHeARNWEFbg2PfrAYiHhKVf9rH9"],"verificationMethods":{},"alsoKnownAs":["at://weird_sig_padding"],"services":{},"prev":null,"sig":"QHEeFBpqab-LHQzXL59DpQohJxaZt0tjwRqRGegX6vYfo3g9KlZZskecnZZietchQIBsN8DwBLgfkCGSxS7YKA=="},"cid":"bafyreifk25zdanrt2zesbksqapq3tzpxbxukaihb5sthlaljably6hfgoe","nullified":false,"createdAt":"1970-01-01T00:00:00.000Z"}
""",
    "newline": r"""
{"did":"did:plc:vyuosvns3imj4hqisd77qfop","operation":{"type":"plc_operation","rotationKeys":["did:key:zDnaefqvvRQsME5c7LvxdghHeARNWEFbg2PfrAYiHhKVf9rH9"],"verificationMethods":{},"alsoKnownAs":["at://weird_sig_padding"],"services":{},"prev":null,"sig":"j0i5fYQ3fJfjXzIAcb1RoiA-F9xtzU838cU890NEC9xYmHFO4nbQMrZ6ihRu7kZPGf22q4590-3N5Q9IS-BdiA\n"},"cid":"bafyreifofduvlmw2dcpb4ceq774blt4bcnxatrndv6erta34xcuv2v3kxy","nullified":false,"createdAt":"1970-01-01T00:00:00.000Z"}
""",
    "der": r"""
{"did":"did:plc:ru3i4kqbprtzmfydm3vmn57w","operation":{"sig":"MD4CHRiHVHmnqoitzAIq5NZXEkmBbtbfayatOLATwgsOAh1OFK0fSdkgNJGXpMkXMumSu0smNfVZPzElCm1jkA","prev":null,"type":"plc_operation","services":{"atproto_pds":{"type":"AtprotoPersonalDataServer","endpoint":"https://mrSTdKI0ilD_bR23p5wCOfKGUSsbOSnI.example.com"}},"alsoKnownAs":["at://merry.xmas.from.retr0.id"],"rotationKeys":["did:key:zQ3shaTh3deVkniqT1r413817rJ3JDvTG61bzGX13dSwCkvGC"],"verificationMethods":{"atproto":"did:key:zQ3shaTh3deVkniqT1r413817rJ3JDvTG61bzGX13dSwCkvGC"}},"cid":"bafyreieng2hcual4m6lboa3g5ldpp5xuh4jgvsvoi6zvtwwkmgk5ta2lea","nullified":false,"createdAt":"2024-12-25T11:43:00.507Z"}
""",
    "reused_key": r"""
{"did":"did:plc:srb3vhjq32vxonzcdl3t63vi","operation":{"type":"plc_operation","rotationKeys":["did:key:zQ3shkfZnxgzNW3Kby5yA7R1JdpCE3gHiaWmKMD5XdwLU6zMY","did:key:zQ3shracm7zHFnzbtAuapGAUPknDHJnKxj3Ts6riTA3FsG9Xd"],"verificationMethods":{},"alsoKnownAs":["at://foo"],"services":{},"prev":null,"sig":"N6a_JR7MKurT7U9gYxy6Eg9c_0Fnk12_pNSb0XHj8pdOhJP9sBX0U0E3oBLByQpZQ4PrbIcUlitRdTGlyAdrUw"},"cid":"bafyreieuio5j2mg6vn3toiq2647w5kefg72iiwgvbxqdjingzu62yezisy","nullified":false,"createdAt":"1970-01-01T00:00:00.000Z"}
{"did":"did:plc:srb3vhjq32vxonzcdl3t63vi","operation":{"prev":"bafyreieuio5j2mg6vn3toiq2647w5kefg72iiwgvbxqdjingzu62yezisy","type":"plc_operation","services":{},"alsoKnownAs":["at://foo"],"rotationKeys":[],"verificationMethods":{},"sig":"vUxZqHrveFdsuOHra9oGZo7Q-skqCyzKjf66C_nk3Xo8526iSfVTsVV1UhbFVfCYYQXxCf1x0yAjvcQChLoU8Q"},"cid":"bafyreicxkw5765kbyzfeelqthv6frykkzoykxacqlwo743xf5p4yhtzq64","nullified":true,"createdAt":"1970-01-01T00:00:01.000Z"}
{"did":"did:plc:srb3vhjq32vxonzcdl3t63vi","operation":{"prev":"bafyreieuio5j2mg6vn3toiq2647w5kefg72iiwgvbxqdjingzu62yezisy","type":"plc_operation","services":{},"alsoKnownAs":["at://foo"],"rotationKeys":["did:key:zQ3shkfZnxgzNW3Kby5yA7R1JdpCE3gHiaWmKMD5XdwLU6zMY","did:key:zQ3shracm7zHFnzbtAuapGAUPknDHJnKxj3Ts6riTA3FsG9Xd"],"verificationMethods":{},"sig":"rxygOAYyKNZ_oSIiM8B24jMmXhBeS9XZSyyqQCrE8GMjVr3wFSscaf63NlbI4VNeiO0CkeOfowinL_DsEr8J7w"},"cid":"bafyreieawqh27uftebe2n56s5qjonuqdrih6lii2xoo65czmpwigvwm32q","nullified":false,"createdAt":"1970-01-01T00:00:02.000Z"}
""",
    "too_slow": r"""
{"did":"did:plc:oposgzvemyuhu3pcwow4ysjw","operation":{"type":"plc_operation","rotationKeys":["did:key:zQ3shQ4pJUy63hdGwyxjMbpVHjpsGtZQxEDVCvHWqbUAwqfjB","did:key:zQ3shRURF844SXVaMHarhBZmdfRxgEDw2KaGuRZYMREUzRp9y"],"verificationMethods":{},"alsoKnownAs":["at://foo"],"services":{},"prev":null,"sig":"rLbkRO-IDfN_HVaDaf-_uirfV0SntYU6dKoZ5sJXzzoZOeLenFqx2xkXaIz0pFMUXjYxm-UutuTz21HCtILwNg"},"cid":"bafyreidt3urwnjdgfb5g3yvtvxgesnuydskk5gowux3o4ehtolgxpkkwwq","nullified":false,"createdAt":"1970-01-01T00:00:00.000Z"}
{"did":"did:plc:oposgzvemyuhu3pcwow4ysjw","operation":{"prev":"bafyreidt3urwnjdgfb5g3yvtvxgesnuydskk5gowux3o4ehtolgxpkkwwq","type":"plc_operation","services":{},"alsoKnownAs":["at://foo"],"rotationKeys":[],"verificationMethods":{},"sig":"fa5xNxqH2sPqcUKmtDVRWs4G6EjojgElwfrOTaHBKpBd5rd1wqFl_-ufa6vOHyZn8dMxICsWnFS9ia2wBRQuug"},"cid":"bafyreidb42dmd56qmvywbm2dxoig2a7qatcqpihhoz4epyxfcgnhyauvca","nullified":true,"createdAt":"1970-01-01T00:00:01.000Z"}
{"did":"did:plc:oposgzvemyuhu3pcwow4ysjw","operation":{"prev":"bafyreidt3urwnjdgfb5g3yvtvxgesnuydskk5gowux3o4ehtolgxpkkwwq","type":"plc_operation","services":{},"alsoKnownAs":["at://foo"],"rotationKeys":["did:key:zQ3shQ4pJUy63hdGwyxjMbpVHjpsGtZQxEDVCvHWqbUAwqfjB","did:key:zQ3shRURF844SXVaMHarhBZmdfRxgEDw2KaGuRZYMREUzRp9y"],"verificationMethods":{},"sig":"crBZ1tt7ZvhgIo1adilehQvQHe45g9wzQrDhtXiLelA0MY-pxoWthTQtlarmq_IYcZMCwYsbtfFVbqxhmfDr5A"},"cid":"bafyreigw3xnh4jjxlpmsfckdwcfqgjhoydrl6odup3ge7c64hrvmz3fqr4","nullified":false,"createdAt":"1970-01-04T00:00:02.000Z"}
""",
    "update_nullified": r"""
{"did":"did:plc:4v3qers3fn55uitqeuwokfwy","operation":{"sig":"_h3yBs4fXKilIYIAUJpB5AoE4E_aXmGYHzm7Na5B53EmoOpDnFd6H9dg9oFvKKYwFPkQkr8HMQT32HT7vgIYuw","prev":null,"type":"plc_operation","services":{},"alsoKnownAs":["at://op0"],"rotationKeys":["did:key:zQ3shSeJv85PFZJTHmLtRF7eKcD94NBYSrvsxy6xRMUWMq9To","did:key:zQ3shbxVAaoHKvxeP9Ra2C2i8szs4pK7oyZxmr8dGGWCtBCbd"],"verificationMethods":{}},"cid":"bafyreihfo4bemwzlppnce4bfftsrnwgtj76cku6bdtgwmf6hc7sfrt2tji","nullified":false,"createdAt":"2025-07-25T14:33:23.810Z"}
{"did":"did:plc:4v3qers3fn55uitqeuwokfwy","operation":{"sig":"h21ooBoOMqXoHxiS_bWtgPiGPc9RF1oR7nm6C26gsQd1Kz8-aAvigfer9rvTctbOZY5o9OGw-TI5Smu3lqy5ag","prev":"bafyreihfo4bemwzlppnce4bfftsrnwgtj76cku6bdtgwmf6hc7sfrt2tji","type":"plc_operation","services":{},"alsoKnownAs":["at://op1"],"rotationKeys":["did:key:zQ3shRDdqSg2h43c8k4pCLi8yS1FpZdrEV7cHN8HvRYd9MUcD","did:key:zQ3shUB1soE1ijB3NohA4esPNusMdpLQfibdUq9KhW9nab5Re"],"verificationMethods":{}},"cid":"bafyreieekauxgid3iwwfa5ywmzk62ccka66d777nz6hsdnbjgas36ikh6i","nullified":false,"createdAt":"2025-07-25T14:33:24.203Z"}
{"did":"did:plc:4v3qers3fn55uitqeuwokfwy","operation":{"sig":"jQN_ksPQqr3slUyALtQnNDbg7b6jagOOI127aId3kQcKEyJeSwNraCgecIz2K1jO0NfFcVguVHmC9zKSGrXv-Q","prev":"bafyreieekauxgid3iwwfa5ywmzk62ccka66d777nz6hsdnbjgas36ikh6i","type":"plc_operation","services":{},"alsoKnownAs":["at://op2"],"rotationKeys":["did:key:zQ3shesZHWBAh4UCXbGQ1XrEu3DEBJK4isHb8XEcBiMatYbjs","did:key:zQ3shY6PYLasew5NYpLzCMy4hehrTadBQAKjivkDBjGbJ4oEi"],"verificationMethods":{}},"cid":"bafyreifd5fjnolmvvsjqk5dcexqvhmm6xljppbof2bdniz7pz7dn5ncdha","nullified":true,"createdAt":"2025-07-25T14:33:24.589Z"}
{"did":"did:plc:4v3qers3fn55uitqeuwokfwy","operation":{"sig":"M0bV7tNe6YkQ55NX12p_2GXveNOiqcoffSIbT-r5Zp5ZYHvje3GAHh4YRtuVPKboqmO3yL7D5CseWYBiKrpcbA","prev":"bafyreieekauxgid3iwwfa5ywmzk62ccka66d777nz6hsdnbjgas36ikh6i","type":"plc_operation","services":{},"alsoKnownAs":["at://op3"],"rotationKeys":["did:key:zQ3shdEwwjTRYxEntN3bCWVfvLTawVNf7FiZY7gahFZ5jRt6b","did:key:zQ3shrjSBoLEWUJcDSJSdKCdhkstmyg3GKnAfbPDunZDN8uTv"],"verificationMethods":{}},"cid":"bafyreifviyelylmzecx3a4bi4imrq742xyxivu7yvplcsyomsanpkoge6e","nullified":false,"createdAt":"2025-07-25T14:33:24.967Z"}
{"did":"did:plc:4v3qers3fn55uitqeuwokfwy","operation":{"type":"plc_operation","rotationKeys":["did:key:zQ3shoHCAecmKC3naChFg6gpePieh8YU4VjS16knqKWvQChBV","did:key:zQ3shZd6DcRqomk4x2mW4BAwgBzexvVwxbM93GSEgJ7n4AW3v"],"verificationMethods":{},"alsoKnownAs":["at://op4"],"services":{},"prev":"bafyreifd5fjnolmvvsjqk5dcexqvhmm6xljppbof2bdniz7pz7dn5ncdha","sig":"gObrmMH4xksEZ1HloufSifAIGmn35u36mM0CNyUq8fkk-MRhCj0tHSUazIybeNAYYEF-XTm3611XNUAUD3eXhA"},"cid":"bafyreiabwwuzzavmsvz6zkl335p3eaaizaa2dg74xpazlbyehlpwzplqxq","nullified":false,"createdAt":"2025-07-25T14:33:24.967Z"}
""",
}


def interop_lines(name: str) -> list[str]:
    return INTEROP[name].strip().splitlines()


def interop_entries(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in interop_lines(name)]


def invalid_summary(result: ReplayResult) -> list[tuple[int, str]]:
    return [(entry.line, entry.reason.value) for entry in result.invalid]


# --------------------------------------------------------------------------------------------------------
# Generated streams: the replay reproduces the generator's bookkeeping exactly

RECOVERY_SCENARIOS = (
    "recovery",
    "recovery_at_exactly_72h",
    "late_recovery",
    "low_priority_fork",
    "tombstone_recovery",
    "update_nullified",
)
MIXES: dict[str, dict[str, Any]] = {
    "all": {"scenarios": ALL_SCENARIOS},
    "valid_only": {"scenarios": VALID_SCENARIOS},
    "invalid_only": {"scenarios": INVALID_SCENARIOS},
    "recoveries": {"scenarios": RECOVERY_SCENARIOS},
    "secp256k1_only": {"curves": ("secp256k1",), "episodes_per_did": 4},
    "p256_mostly_legacy": {"curves": ("p256",), "legacy_fraction": 0.8},
    "stale_flags": {"nullified_flags": "stale", "scenarios": RECOVERY_SCENARIOS},
}


def assert_replay_matches(stream: Any) -> ReplayResult:
    result = replay(stream.lines)
    assert result.to_json(include_detail=False) == expected_snapshot(stream)
    nullified = {did: state.nullified for did, state in result.dids.items() if state.nullified}
    assert nullified == stream.expected_nullified
    assert all(entry.detail for entry in result.invalid)
    json.dumps(result.to_json())  # serialisable, details included
    return result


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("mix", sorted(MIXES))
def test_replay_reproduces_generated_outcome(mix: str, seed: int) -> None:
    options = {"episodes_per_did": 6, **MIXES[mix]}
    stream = generate_stream(seed, 5, **options)
    assert_replay_matches(stream)


def test_all_reason_classes_and_outcomes_are_exercised() -> None:
    stream = generate_stream(20, 8, episodes_per_did=8)
    result = assert_replay_matches(stream)
    assert {entry.reason.value for entry in result.invalid} == set(REASON_CLASSES)
    states = result.dids.values()
    assert any(state.tombstoned for state in states)
    assert any(state.nullified for state in states)
    assert sum(len(state.history) for state in states) > len(result.dids)
    assert stream.scenario_counts["legacy_create"] > 0 and stream.scenario_counts["create"] > 0
    curves = {key[8:11] for state in states for key in state.rotation_keys}
    assert curves == {"zQ3", "zDn"}  # secp256k1 and P-256 rotation keys both in force


def test_generation_is_deterministic() -> None:
    first = generate_stream(5, 3)
    assert generate_stream(5, 3).lines == first.lines
    assert generate_stream(6, 3).lines != first.lines


def test_large_stream() -> None:
    stream = generate_large_stream(7, 10_000)
    assert len(stream.lines) == 10_000
    result = assert_replay_matches(stream)
    assert 0 < len(result.invalid) < 100
    assert sum(len(state.history) for state in result.dids.values()) > 9_000


def test_stored_nullified_flag_is_never_trusted() -> None:
    stream = generate_stream(9, 4, scenarios=RECOVERY_SCENARIOS)
    assert stream.expected_nullified  # the stream does nullify something
    replacements = [True, False, "bafyreigp6shzy6dlcxuowwoxz7u5nemdrkad2my5zwzpwilcnhih7bw6zm", None]
    rewritten = []
    for index, line in enumerate(stream.lines):
        try:
            record = json.loads(line)
        except ValueError:
            rewritten.append(line)
            continue
        if isinstance(record, dict) and "nullified" in record:
            flag = replacements[index % len(replacements)]
            if flag is None:
                del record["nullified"]
            else:
                record["nullified"] = flag
            line = json.dumps(record, separators=(",", ":"))
        rewritten.append(line)
    result = replay(rewritten)
    assert result.to_json(include_detail=False) == expected_snapshot(stream)


def test_export_line_layout() -> None:
    stream = generate_stream(3, 3, scenarios=VALID_SCENARIOS)
    stamps = []
    for line in stream.lines:
        record = json.loads(line)
        assert json.dumps(record, separators=(",", ":")) == line  # compact JSON.stringify text
        assert list(record) == ["did", "operation", "cid", "nullified", "createdAt"]
        assert record["operation"] == jsonb_order(record["operation"])
        assert list(record["operation"]) == list(jsonb_order(record["operation"]))
        assert len(record["createdAt"]) == 24 and record["createdAt"].endswith("Z")
        stamps.append(record["createdAt"])
    assert stamps[0] == "2024-03-01T00:00:00.000Z"
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert stream.jsonl() == "".join(line + "\n" for line in stream.lines)


def test_jsonb_member_order_matches_a_real_export() -> None:
    # The reference export lists operation members as Postgres jsonb stores them.
    for entry in interop_entries("bskyapp") + interop_entries("jay_legacy"):
        assert list(jsonb_order(entry["operation"])) == list(entry["operation"])


# --------------------------------------------------------------------------------------------------------
# Keys, signatures and encodings against independent references


def test_rfc6979_p256_vector() -> None:
    # RFC 6979 A.2.5, P-256 with SHA-256, message "sample".
    key = PlcKey.from_scalar(0xC9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721, "p256")
    r, s = key.sign_rs(b"sample")
    assert r == 0xEFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716
    assert s == 0xF7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8
    # That s is high, so the did:plc signature carries n - s.
    assert key.sign(b"sample") == compact_signature(r, CURVE_ORDERS["p256"] - s)


def test_secp256k1_deterministic_vector() -> None:
    # Private key 1, message "Satoshi Nakamoto": the common RFC 6979 secp256k1 test vector (low-S form).
    key = PlcKey.from_scalar(1, "secp256k1")
    assert key.sign(b"Satoshi Nakamoto") == bytes.fromhex(
        "934b1ea10a4b3c1757e2b0c017d0b6143ce3c9a7e6a4a49860d7a6ab210ee3d8"
        "2442ce9d2b916064108014783e923ec36b49743e2ffa1c4496f01a512aafd9e5"
    )


@pytest.mark.parametrize("curve", ["secp256k1", "p256"])
def test_did_key_encoding_matches_multiformats(curve: str) -> None:
    for index in range(5):
        key = derive_key(99, f"k{index}", curve)  # type: ignore[arg-type]
        codec, point = multicodec.unwrap(multibase.decode(key.did_key[len("did:key:") :]))
        assert codec.name == {"secp256k1": "secp256k1-pub", "p256": "p256-pub"}[curve]
        assert len(point) == 33 and point[0] in (2, 3)
        assert key.did_key.startswith({"secp256k1": "did:key:zQ3s", "p256": "did:key:zDna"}[curve])
        _, order = parse_rotation_key(key.did_key)
        assert order == CURVE_ORDERS[curve]


def test_cids_match_multiformats() -> None:
    stream = generate_stream(4, 2, episodes_per_did=3, scenarios=VALID_SCENARIOS)
    for line in stream.lines:
        record = json.loads(line)
        encoded = dag_cbor.encode(record["operation"])
        reference = str(CID("base32", 1, "dag-cbor", multihash.digest(encoded, "sha2-256")))
        assert record["cid"] == reference == op_cid(record["operation"]) == cid_for_bytes(encoded)


def test_spec_example_keys_parse() -> None:
    # The did:plc spec's DID-document example key (P-256) and a real secp256k1 key from the bsky.app log.
    assert parse_rotation_key("did:key:zDnaeh9v2RmcMo13Du2d6pjUf5bZwtauYxj3n9dYjw4EZUAR7")[1] == CURVE_ORDERS["p256"]
    assert (
        parse_rotation_key("did:key:zQ3shhCGUqDKjStzuDxPkTxN6ujddP4RkEKJJouJGRRkaLGbg")[1] == CURVE_ORDERS["secp256k1"]
    )


# --------------------------------------------------------------------------------------------------------
# Reference interop vectors: outcomes decided by the reference implementation

VALID_INTEROP = [
    "bskyapp",
    "jay_legacy",
    "exactly_72h",
    "nontrivial",
    "nullification",
    "nullified_tombstone",
    "empty_rotation_keys",
    "duplicate_rotation_keys",
]


@pytest.mark.parametrize("name", VALID_INTEROP)
def test_interop_valid_logs(name: str) -> None:
    entries = interop_entries(name)
    result = replay(interop_lines(name))
    assert result.invalid == []
    [state] = result.dids.values()
    assert state.did == entries[0]["did"]
    # The reference's nullified flags, derived here from prev links and the fork rule alone.
    assert state.nullified == [entry["cid"] for entry in entries if entry["nullified"]]
    assert state.history == [entry["cid"] for entry in entries if not entry["nullified"]]
    head = [entry for entry in entries if not entry["nullified"]][-1]["operation"]
    if head["type"] == "plc_operation":
        assert state.rotation_keys == head["rotationKeys"]
        assert state.verification_methods == head["verificationMethods"]
        assert state.also_known_as == head["alsoKnownAs"]
        assert state.services == head["services"]


def test_bsky_app_identity() -> None:
    result = replay(interop_lines("bskyapp"))
    assert result.to_json()["dids"] == {
        "did:plc:z72i7hdynmk6r22z27h6tvur": {
            "rotation_keys": [
                "did:key:zQ3shhCGUqDKjStzuDxPkTxN6ujddP4RkEKJJouJGRRkaLGbg",
                "did:key:zQ3shpKnbdPx3g3CmPf5cRVTPe1HtSwVn5ish3wSnDPQCbLJK",
            ],
            "verification_methods": {"atproto": "did:key:zQ3shXjHeiBuRCKmM36cuYnm7YEMzhGnCmCyW92sRJ9pribSF"},
            "also_known_as": ["at://bsky.app"],
            "services": {"atproto_pds": {"type": "AtprotoPersonalDataServer", "endpoint": "https://bsky.social"}},
            "tombstoned": False,
            "history": [
                "bafyreigp6shzy6dlcxuowwoxz7u5nemdrkad2my5zwzpwilcnhih7bw6zm",
                "bafyreihmuvr3frdvd6vmdhucih277prdcfcezf67lasg5oekxoimnunjoq",
            ],
        }
    }
    assert did_for_genesis(interop_entries("bskyapp")[0]["operation"]) == "did:plc:z72i7hdynmk6r22z27h6tvur"


def test_legacy_create_genesis_is_normalised() -> None:
    genesis = interop_lines("jay_legacy")[0]
    state = replay([genesis]).to_json()["dids"]["did:plc:oky5czdrnfjpqslsw2a5iclo"]
    assert state == {
        "rotation_keys": [
            "did:key:zQ3shhCGUqDKjStzuDxPkTxN6ujddP4RkEKJJouJGRRkaLGbg",  # recoveryKey first
            "did:key:zQ3shP5TBe1sQfSttXty15FAEHV1DZgcxRZNxvEWnPfLFwLxJ",  # then signingKey
        ],
        "verification_methods": {"atproto": "did:key:zQ3shP5TBe1sQfSttXty15FAEHV1DZgcxRZNxvEWnPfLFwLxJ"},
        "also_known_as": ["at://jay.bsky.social"],
        "services": {"atproto_pds": {"type": "AtprotoPersonalDataServer", "endpoint": "https://bsky.social"}},
        "tombstoned": False,
        "history": ["bafyreidswhiwi4ljkl4es4vwqhkas3spmmktortqbp6lkrb5v7qqdfr3mm"],
    }


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        ("high_s_k256", 0, "non_canonical_signature"),
        ("high_s_p256", 0, "non_canonical_signature"),
        ("padding_bits", 0, "non_canonical_signature"),
        ("padding_chars", 0, "non_canonical_signature"),
        ("newline", 0, "non_canonical_signature"),
        ("der", 0, "bad_signature"),  # a 64-byte DER blob: well-formed encoding, wrong signature
        ("reused_key", 2, "unauthorized_key"),
        ("too_slow", 2, "recovery_window_expired"),  # 72 h + 1 s
        ("update_nullified", 4, "wrong_prev"),
        ("update_tombstoned", 2, "after_tombstone"),
    ],
)
def test_interop_invalid_logs(name: str, line: int, reason: str) -> None:
    entries = interop_entries(name)
    result = replay(interop_lines(name))
    assert invalid_summary(result) == [(line, reason)]
    if line == 0:
        assert result.dids == {}
        return
    [state] = result.dids.values()
    accepted = [entry["cid"] for index, entry in enumerate(entries) if index != line]
    assert sorted(state.history + state.nullified) == sorted(accepted)


def test_interop_tombstone_state() -> None:
    result = replay(interop_lines("update_tombstoned")[:2])
    assert result.to_json()["dids"]["did:plc:b7y2odnrysmtzrynlrqatcpz"] == {
        "rotation_keys": [],
        "verification_methods": {},
        "also_known_as": [],
        "services": {},
        "tombstoned": True,
        "history": [
            "bafyreiap6gtq3moete6modk4maeyt6ns4abftkk5lnaqb5rsyp7fwebdnu",
            "bafyreihwvjlobt4dyrxidxxxxfbqfqjqv7j7432ci3anis3zdtwkdn22ya",
        ],
    }


# --------------------------------------------------------------------------------------------------------
# Hand-built operations (generator primitives only for keys and encodings)

T0 = "2024-05-01T00:00:00.000Z"


def stamp(seconds: float) -> str:
    """T0 plus ``seconds``, as the export writes it."""
    moment = datetime(2024, 5, 1, tzinfo=UTC) + timedelta(milliseconds=round(seconds * 1000))
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{moment.microsecond // 1000:03d}Z"


def unsigned_op(keys: list[PlcKey], prev: str | None, handle: str = "alice.test") -> dict[str, Any]:
    return {
        "type": "plc_operation",
        "rotationKeys": [key.did_key for key in keys],
        "verificationMethods": {"atproto": derive_key(1, "signing", "secp256k1").did_key},
        "alsoKnownAs": [f"at://{handle}"],
        "services": {"atproto_pds": {"type": "AtprotoPersonalDataServer", "endpoint": "https://pds.test"}},
        "prev": prev,
    }


def line_for(did: str, operation: dict[str, Any], created: str = T0, cid: str | None = None) -> str:
    return export_line(did, operation, op_cid(operation) if cid is None else cid, False, created)


def with_sig(unsigned: dict[str, Any], sig: str) -> dict[str, Any]:
    return {**unsigned, "sig": sig}


KEYS = {
    "k0": derive_key(1, "rot0", "secp256k1"),
    "k1": derive_key(1, "rot1", "p256"),
    "stranger": derive_key(1, "stranger", "p256"),
}


@pytest.fixture
def genesis() -> tuple[str, dict[str, Any], str]:
    operation = sign_operation(unsigned_op([KEYS["k0"], KEYS["k1"]], None), KEYS["k1"])
    did = did_for_genesis(operation)
    return did, operation, line_for(did, operation)


def test_recovery_window_boundary(genesis: tuple[str, dict[str, Any], str]) -> None:
    did, operation, first = genesis
    base = op_cid(operation)
    low = sign_operation(unsigned_op([KEYS["k1"]], base, "mallory.test"), KEYS["k1"])  # key #1
    fork = sign_operation(unsigned_op([KEYS["k0"], KEYS["k1"]], base, "alice2.test"), KEYS["k0"])  # key #0
    window = 72 * 3600
    on_time = replay([first, line_for(did, low, stamp(1)), line_for(did, fork, stamp(1 + window))])
    assert on_time.invalid == []
    assert on_time.dids[did].history == [base, op_cid(fork)]
    assert on_time.dids[did].nullified == [op_cid(low)]
    late = replay([first, line_for(did, low, stamp(1)), line_for(did, fork, stamp(1 + window + 0.001))])
    assert invalid_summary(late) == [(2, "recovery_window_expired")]
    assert late.dids[did].history == [base, op_cid(low)]


def test_fork_by_equal_or_lower_priority_key(genesis: tuple[str, dict[str, Any], str]) -> None:
    did, operation, first = genesis
    base = op_cid(operation)
    update = sign_operation(unsigned_op([KEYS["k0"], KEYS["k1"]], base, "bob.test"), KEYS["k0"])
    for signer in ("k0", "k1"):  # the same key again, then a weaker one
        fork = sign_operation(unsigned_op([KEYS["k0"]], base, f"fork-{signer}.test"), KEYS[signer])
        result = replay([first, line_for(did, update, stamp(1)), line_for(did, fork, stamp(2))])
        assert invalid_summary(result) == [(2, "unauthorized_key")]


@pytest.mark.parametrize("curve", ["secp256k1", "p256"])
def test_high_s_is_rejected(curve: str) -> None:
    key = derive_key(2, "high-s", curve)  # type: ignore[arg-type]
    unsigned = unsigned_op([key], None)
    r, s = key.sign_rs(dag_cbor.encode(unsigned))
    order = CURVE_ORDERS[curve]
    low, high = min(s, order - s), max(s, order - s)
    valid = with_sig(unsigned, b64url(compact_signature(r, low)))
    malleated = with_sig(unsigned, b64url(compact_signature(r, high)))
    assert replay([line_for(did_for_genesis(valid), valid)]).invalid == []
    result = replay([line_for(did_for_genesis(malleated), malleated)])
    assert invalid_summary(result) == [(0, "non_canonical_signature")]


def signature_variants(good: str, raw: bytes, der: bytes) -> dict[str, str]:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return {
        "padding_one": good + "=",
        "padding_two": good + "==",
        "standard_plus": "+" + good[1:],
        "standard_slash": "/" + good[1:],
        "trailing_newline": good + "\n",
        "inner_space": good[:10] + " " + good[10:],
        "nonzero_pad_bits": good[:-1] + alphabet[alphabet.index(good[-1]) | 1],
        "63_bytes": b64url(raw[:63]),
        "65_bytes": b64url(raw + b"\0"),
        "empty": "",
        "der": b64url(der),
        "extra_character": good + "A",
    }


def test_malformed_signature_encodings(genesis: tuple[str, dict[str, Any], str]) -> None:
    did, operation, first = genesis
    unsigned = unsigned_op([KEYS["k0"]], op_cid(operation), "carol.test")
    data = dag_cbor.encode(unsigned)
    raw = KEYS["k0"].sign(data)
    r, s = KEYS["k0"].sign_rs(data)
    der = encode_dss_signature(r, min(s, CURVE_ORDERS["secp256k1"] - s))
    good = b64url(raw)
    assert replay([first, line_for(did, with_sig(unsigned, good), stamp(1))]).invalid == []
    for variant, sig in signature_variants(good, raw, der).items():
        result = replay([first, line_for(did, with_sig(unsigned, sig), stamp(1))])
        assert invalid_summary(result) == [(1, "non_canonical_signature")], variant


def test_wrong_curve_and_wrong_key(genesis: tuple[str, dict[str, Any], str]) -> None:
    did, operation, first = genesis
    unsigned = unsigned_op([KEYS["k0"]], op_cid(operation), "dave.test")
    same_scalar_other_curve = PlcKey.from_scalar(KEYS["k0"].scalar % CURVE_ORDERS["p256"], "p256")
    signing_key = derive_key(1, "signing", "secp256k1")  # the atproto verification method, not a rotation key
    for signer in (same_scalar_other_curve, KEYS["stranger"], signing_key):
        forged = sign_operation(unsigned, signer)
        result = replay([first, line_for(did, forged, stamp(1))])
        assert invalid_summary(result) == [(1, "bad_signature")]


def set_member(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(operation: dict[str, Any]) -> None:
        target: Any = operation
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return apply


def reverse_rotation_keys(operation: dict[str, Any]) -> None:
    operation["rotationKeys"].reverse()


def flip_sig_character(operation: dict[str, Any]) -> None:
    sig = operation["sig"]  # character 5 lies in r; s (and so its low-S form) is untouched
    operation["sig"] = sig[:5] + ("A" if sig[5] != "A" else "B") + sig[6:]


def drop_also_known_as(operation: dict[str, Any]) -> None:
    del operation["alsoKnownAs"]


PDS = ("services", "atproto_pds")
TAMPERS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "rotation_key_swapped": (set_member(("rotationKeys", 0), KEYS["stranger"].did_key), "bad_signature"),
    "rotation_keys_reordered": (reverse_rotation_keys, "bad_signature"),
    "verification_method": (
        set_member(("verificationMethods", "atproto"), KEYS["stranger"].did_key),
        "bad_signature",
    ),
    "also_known_as": (set_member(("alsoKnownAs", 0), "at://eve.test"), "bad_signature"),
    "service_endpoint": (set_member((*PDS, "endpoint"), "https://evil.test"), "bad_signature"),
    "service_type": (set_member((*PDS, "type"), "Other"), "bad_signature"),
    "new_service": (set_member(("services", "x"), {"type": "X", "endpoint": "https://x"}), "bad_signature"),
    "sig_character": (flip_sig_character, "bad_signature"),
    "prev": (set_member(("prev",), cid_for_bytes(b"elsewhere")), "wrong_prev"),
    "type": (set_member(("type",), "plc_tombstone"), "invalid_operation"),
    "added_member": (set_member(("handle",), "x.test"), "invalid_operation"),
    "removed_member": (drop_also_known_as, "invalid_operation"),
}


@pytest.mark.parametrize("field", sorted(TAMPERS))
def test_tampering_with_a_signed_field_invalidates(genesis: tuple[str, dict[str, Any], str], field: str) -> None:
    did, operation, first = genesis
    update = sign_operation(unsigned_op([KEYS["k0"], KEYS["k1"]], op_cid(operation), "erin.test"), KEYS["k1"])
    assert replay([first, line_for(did, update, stamp(1))]).invalid == []
    mutate, reason = TAMPERS[field]
    tampered = json.loads(json.dumps(update))
    mutate(tampered)
    # With the stored cid recomputed, the tampering itself must be caught ...
    result = replay([first, line_for(did, tampered, stamp(1))])
    assert invalid_summary(result) == [(1, reason)]
    assert result.dids[did].history == [op_cid(operation)]
    # ... and with the original cid kept, the record no longer matches it.
    stale_cid = replay([first, line_for(did, tampered, stamp(1), cid=op_cid(update))])
    assert invalid_summary(stale_cid) == [(1, "cid_mismatch" if reason != "invalid_operation" else reason)]


def test_tampered_genesis(genesis: tuple[str, dict[str, Any], str]) -> None:
    did, operation, _ = genesis
    tampered = json.loads(json.dumps(operation))
    tampered["alsoKnownAs"] = ["at://eve.test"]
    assert invalid_summary(replay([line_for(did, tampered)])) == [(0, "did_mismatch")]
    # Filed under the DID it now hashes to, the signature is what fails.
    assert invalid_summary(replay([line_for(did_for_genesis(tampered), tampered)])) == [(0, "bad_signature")]


def test_unsigned_fields_do_not_matter(genesis: tuple[str, dict[str, Any], str]) -> None:
    record = json.loads(genesis[2])
    record["nullified"] = True
    record["createdAt"] = "2024-05-01T02:00:00+02:00"  # the same instant as T0, with an offset
    assert replay([json.dumps(record)]).invalid == []


def test_timestamps_must_increase(genesis: tuple[str, dict[str, Any], str]) -> None:
    did, operation, first = genesis
    update = sign_operation(unsigned_op([KEYS["k0"]], op_cid(operation), "frank.test"), KEYS["k0"])
    assert invalid_summary(replay([first, line_for(did, update, T0)])) == [(1, "invalid_operation")]
    assert invalid_summary(replay([first, line_for(did, update, "2024-05-01")])) == [(1, "invalid_operation")]
    assert replay([first, line_for(did, update, stamp(0.001))]).invalid == []


def test_exact_duplicate_and_unknown_did(genesis: tuple[str, dict[str, Any], str]) -> None:
    did, operation, first = genesis
    assert invalid_summary(replay([first, first])) == [(1, "duplicate")]
    update = sign_operation(unsigned_op([KEYS["k0"]], op_cid(operation), "grace.test"), KEYS["k0"])
    assert invalid_summary(replay([line_for(did, update, stamp(1))])) == [(0, "wrong_prev")]


# --------------------------------------------------------------------------------------------------------
# Bad input never raises


UNUSABLE_LINES: list[object] = [
    "",
    "   ",
    "null",
    "[]",
    "{}",
    '{"did":1}',
    "{" * 100_000,
    "[" * 100_000 + "]" * 100_000,
    '{"did":"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa","did":"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"}',
    '{"did":"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa","cid":"b","createdAt":NaN,"operation":{}}',
    '{"did":"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa","cid":"b","createdAt":"0001-01-01T00:00:00+01:00","operation":{}}',
    '{"did":"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa","cid":"b","createdAt":"2024-13-45T00:00:00Z","operation":{}}',
    '{"did":"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa","cid":"b","createdAt":"2024-01-01T00:00:00Z","operation":[]}',
    b"\xff\xfe\x00",
    None,
    42,
]


def test_unusable_lines_are_reported_not_raised() -> None:
    result = replay(UNUSABLE_LINES)  # type: ignore[arg-type]
    assert [entry.line for entry in result.invalid] == list(range(len(UNUSABLE_LINES)))
    assert {entry.reason.value for entry in result.invalid} == {"invalid_operation"}


def test_lone_surrogate_in_a_signed_field(genesis: tuple[str, dict[str, Any], str]) -> None:
    first = genesis[2]
    line = first.replace('"at://alice.test"', '"at://\\ud800.test"')
    assert line != first
    assert invalid_summary(replay([line])) == [(0, "invalid_operation")]


SMALL_STREAM = generate_stream(11, 2, episodes_per_did=4)


def accepted_count(result: ReplayResult) -> int:
    return sum(len(state.history) + len(state.nullified) for state in result.dids.values())


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0),
            st.integers(min_value=0),
            st.sampled_from(["delete", "insert", "replace"]),
        ),
        max_size=4,
    ),
    st.sampled_from(list(' {}[]",:0aZ\\-_=')),
)
def test_mutated_streams_never_raise(edits: list[tuple[int, int, str]], char: str) -> None:
    lines = list(SMALL_STREAM.lines)
    for line_index, offset, action in edits:
        index = line_index % len(lines)
        text = lines[index]
        at = offset % (len(text) + 1)
        if action == "delete":
            text = text[:at] + text[at + 1 :]
        elif action == "insert":
            text = text[:at] + char + text[at:]
        else:
            text = text[:at] + char + text[at + 1 :]
        lines[index] = text
    result = replay(lines)
    assert accepted_count(result) + len(result.invalid) == len(lines)
    assert all(entry.reason.value in REASON_CLASSES for entry in result.invalid)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=200), st.binary(max_size=200)), max_size=5))
def test_arbitrary_lines_never_raise(lines: list[str | bytes]) -> None:
    result = replay(lines)
    assert accepted_count(result) + len(result.invalid) == len(lines)


def test_b64url_helper_is_unpadded() -> None:
    assert b64url(b"\xff" * 64) == base64.urlsafe_b64encode(b"\xff" * 64).decode().rstrip("=")


def test_remembered_encodings_are_the_encodings_of_those_values() -> None:
    """The replay remembers DAG-CBOR encodings by the value's JSON text: values equal in Python but not in JSON
    (1, 1.0, true; 0.0 and -0.0) and the same members in another order each get their own encoding."""
    values = [{"a": 1}, {"a": 1.0}, {"a": True}, {"a": 0.0}, {"a": -0.0}, {"a": 1, "b": [None]}, {"b": [None], "a": 1}]
    for _ in range(2):  # the second round is answered from memory
        for value in values:
            assert replay_module._dag_cbor(value) == dag_cbor.encode(value), value
    assert len({replay_module._dag_cbor(v) for v in values[:5]}) == 5
