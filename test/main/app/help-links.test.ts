import { describe, expect, it, vi } from 'vitest'
import { helpLink } from '../../../main/app/help-links'
import { HELP_LINK_URLS, PROBLEM_LINKS } from '../../../shared/help-links'
import { PROBLEM_IDS } from '../../../shared/diagnosis'

vi.mock('electron', () => ({}))

describe('helpLink', () => {
  it.each([
    'https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings',
    'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings?tabs=diffie',
    'https://learn.microsoft.com/de-DE/Exchange/plan-and-deploy/post-installation-tasks/security-best-practices/exchange-tls-configuration',
    'https://learn.microsoft.com/zh-cn/troubleshoot/exchange/mailflow/x',
    'https://learn.microsoft.com/en-us/exchange/new-features/build-numbers-and-release-dates#ex',
    'https://learn.microsoft.com/en-us/dotnet/framework/network-programming/tls',
  ])('allows %s', (url) => {
    expect(helpLink(url)).toBe(new URL(url).href)
  })

  it.each([
    ['http, not https', 'http://learn.microsoft.com/en-us/windows-server/security/tls/x'],
    ['another host', 'https://learn.microsoft.com.evil.example/en-us/windows-server/security/tls/'],
    ['a subdomain', 'https://evil.learn.microsoft.com/en-us/windows-server/security/tls/x'],
    ['credentials', 'https://user@learn.microsoft.com/en-us/windows-server/security/tls/x'],
    ['a port', 'https://learn.microsoft.com:8443/en-us/windows-server/security/tls/x'],
    ['a path outside the list', 'https://learn.microsoft.com/en-us/azure/'],
    ['the bare host', 'https://learn.microsoft.com/'],
    [
      'a dot-segment escape',
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/../../azure',
    ],
    [
      'an encoded escape',
      'https://learn.microsoft.com/en-us/troubleshoot/exchange/%2e%2e/%2e%2e/azure',
    ],
    ['a file URL', 'file:///C:/Windows/System32/calc.exe'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['javascript', 'javascript:alert(1)'],
    ['our own origin', 'app://wizard/index.html'],
    ['not a URL', 'learn.microsoft.com/en-us/windows-server/security/tls/'],
    [
      'another post on the allowed blog host',
      'https://techcommunity.microsoft.com/t5/exchange-team-blog/some-other-post/ba-p/1',
    ],
    ['another KB', 'https://support.microsoft.com/help/3140246'],
  ])('refuses %s', (_why, url) => {
    expect(helpLink(url)).toBeNull()
  })

  it('opens every page the wizard links a problem to, and every problem has one', () => {
    for (const url of HELP_LINK_URLS) expect(helpLink(url)).toBe(url)
    for (const id of PROBLEM_IDS) expect(PROBLEM_LINKS[id]?.length, id).toBeGreaterThan(0)
  })
})
