// Placement rules for a multimodality chapter pasted as the JSON string of an image API request body (a Python
// script's `payload = {…}`), read as a designer would: each quote, diagram and plan section in the panel whose
// emoji and title say it is its.
import type { Case } from "./placement-cases.js";

export const FIFTY_SIXTH: Record<string, Case> = {
  "multimodality-python-json-request-body": {
    file: "multimodality-python-json-request-body",
    rules: [
      [/^Spectrogram: 소리를 주파수/, /^AUDIO/],
      [/^You can tokenize audio and images/, /^AUDIO/],
      [/^이미지를 작은 patch 격자로/, /^IMAGES/],
      // The token-stream flowchart closes the images section, which it is written in.
      [/Spectrogram slices/, /^IMAGES/],
      [/Advanced Voice Mode \| Fake Voice/, /^ADVANCED VOICE/],
      [/^In advanced voice mode the model/, /^ADVANCED VOICE/],
      [/^논문\/PDF 업로드/, /^NOTEBOOKLM/],
      [/^예시 \| 질문 \| 주의/, /^IMAGE INPUT/],
      [/DALL·E: 별도 모델/, /^IMAGE OUTPUT/],
      [/^The image generation is not fully happening/, /^IMAGE OUTPUT/],
      [/^멀티모달 = 근본적 변화 아님/, /^TAKEAWAYS/],
    ],
  },
};
